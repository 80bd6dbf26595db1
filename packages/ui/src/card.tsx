import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, "title"> {
  /** Heading text; rendered as h2 by default. */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  /** Extra content on the heading row (badges, a count). */
  aside?: ReactNode;
  as?: "section" | "div" | "article";
}

export function Card({
  title,
  headingLevel = 2,
  aside,
  as = "section",
  className,
  children,
  ...rest
}: CardProps) {
  const Tag = as;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Tag className={cn("rounded-12 border border-solid-gray-200 bg-white p-6 shadow-1", className)} {...rest}>
      {(title || aside) && (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          {title && <Heading className="text-xl font-bold leading-1-5">{title}</Heading>}
          {aside}
        </div>
      )}
      {children}
    </Tag>
  );
}
