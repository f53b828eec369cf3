"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import type { ConfirmDialogProps } from "./confirm-dialog";

/** Starts loading the confirmation dialog's code (call when the browser is idle). */
export const preloadConfirmDialog = () => import("./confirm-dialog").then((m) => m.ConfirmDialog);

const ConfirmDialog = dynamic(preloadConfirmDialog, { ssr: false });

/**
 * The room's confirmation dialog, loaded after the page and mounted from its first opening on (so
 * closing animates and returns focus). The room preloads it when idle, so it is usually there
 * before anyone presses skip, finish or abandon.
 */
export function LazyConfirmDialog(props: ConfirmDialogProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  return opened ? <ConfirmDialog {...props} /> : null;
}
