import type { ReactNode } from "react";

/** The page's single h1, with an optional lead sentence and actions on the right. */
export function PageTitle({
  children,
  lead,
  actions,
}: {
  children: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-[1.75rem] font-bold leading-1-5">{children}</h1>
        {lead && <p className="mt-1 text-solid-gray-700">{lead}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
