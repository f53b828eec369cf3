import type { Metadata } from "next";
import { ForgotPasswordForm } from "./page-client";

export const metadata: Metadata = { title: "Reset password" };

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
