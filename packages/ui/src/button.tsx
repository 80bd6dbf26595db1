import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "tertiary" | "danger";
export type ButtonSize = "lg" | "md" | "sm";

const base =
  "inline-flex items-center justify-center gap-2 rounded-8 font-bold no-underline transition-colors " +
  "disabled:cursor-not-allowed aria-disabled:cursor-not-allowed";

// DA button styles: filled key blue, outlined, text-only. Disabled keeps readable contrast.
const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-blue-900 text-white border-4 border-double border-transparent hover:bg-blue-1000 hover:underline " +
    "active:bg-blue-1200 disabled:bg-solid-gray-300 disabled:text-solid-gray-50",
  secondary:
    "bg-white text-blue-900 border border-current hover:bg-blue-200 hover:text-blue-1000 hover:underline " +
    "active:bg-blue-300 disabled:text-solid-gray-300 disabled:bg-white",
  tertiary:
    "bg-transparent text-blue-900 underline underline-offset-[3px] hover:bg-blue-50 hover:text-blue-1000 " +
    "active:bg-blue-100 disabled:text-solid-gray-300",
  danger:
    "bg-error-1 text-white hover:bg-error-2 hover:underline active:bg-red-1100 disabled:bg-solid-gray-300",
};

const sizes: Record<ButtonSize, string> = {
  lg: "min-h-14 min-w-34 px-6 py-3 text-lg",
  md: "min-h-12 min-w-24 px-4 py-2 text-base",
  sm: "min-h-9 min-w-20 px-3 py-1 text-sm",
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  ...rest
}: ButtonProps) {
  return <button type={type} className={cn(base, variants[variant], sizes[size], className)} {...rest} />;
}

export interface ButtonLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** A link that looks like a button (navigation, downloads). Plain <a>, so no router dependency. */
export function ButtonLink({ variant = "primary", size = "md", className, ...rest }: ButtonLinkProps) {
  return (
    <a className={cn(base, variants[variant], sizes[size], "hover:text-inherit", className)} {...rest} />
  );
}

export function buttonClassName(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return cn(base, variants[variant], sizes[size]);
}
