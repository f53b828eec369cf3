"use client";

import * as React from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner, toast, type ToasterProps } from "sonner";

/**
 * Mount once in the root layout, inside the ThemeProvider: toasts follow the chosen theme.
 * Trigger toasts with `toast(...)` from "sonner" or this module.
 */
function Toaster({ theme, ...props }: ToasterProps) {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={
        theme ??
        (resolvedTheme === "dark" ? "dark" : resolvedTheme === "light" ? "light" : "system")
      }
      className="toaster group"
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
        } as React.CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster, toast };
