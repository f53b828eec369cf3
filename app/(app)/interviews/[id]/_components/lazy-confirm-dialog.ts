"use client";

import dynamic from "next/dynamic";

/** Starts loading the confirmation dialog's code (call when the browser is idle). */
export const preloadConfirmDialog = () => import("./confirm-dialog").then((m) => m.ConfirmDialog);

/**
 * The room's confirmation dialog, loaded after the page: mount it from the first opening on. The
 * room preloads it when idle, so it is usually there before anyone presses skip, finish or abandon.
 */
export const LazyConfirmDialog = dynamic(preloadConfirmDialog, { ssr: false });
