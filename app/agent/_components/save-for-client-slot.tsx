"use client";
import { lazy, Suspense, type ComponentProps } from "react";
import type { SaveForClientForm as Form } from "./save-for-client-form";

const load = () => import("./save-for-client-form").then((m) => ({ default: m.SaveForClientForm }));
const SaveForClientForm = lazy(load);
// On the server, loaded with this module: an agent's calculation has the form in its HTML at once.
if (typeof window === "undefined") void load();

/**
 * "Save for client", its code a chunk of its own: only an agent's calculation shows it, so the
 * calculator's first load (every visitor's) does not carry it.
 */
export function SaveForClientSlot(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <SaveForClientForm {...props} />
    </Suspense>
  );
}
