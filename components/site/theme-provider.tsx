"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";

/**
 * Light, dark or the system's choice, kept in localStorage. The class on <html> ("light" /
 * "dark") is what app/globals.css keys on; with no choice yet the CSS follows the system.
 * The nonce lets next-themes' small inline script (it sets the class before paint, so a dark page
 * never flashes white) pass the Content Security Policy.
 */
export function ThemeProvider({ nonce, children }: { nonce?: string; children: React.ReactNode }) {
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      {children}
    </NextThemesProvider>
  );
}
