/** What the last expand did, in one line: how many nodes and groups it added — or that it added nothing. */
import { useTranslation } from "react-i18next";
import type { ExpandNote } from "../hooks/use-expand";

export function ExpandNoteLine({ note }: { note: ExpandNote }) {
  const { t } = useTranslation();
  const text =
    note.added === 0
      ? t("canvas.expandNothing", { count: note.reached })
      : note.groups > 0
        ? t("canvas.expandAddedGroups", { count: note.added - note.groups, groups: note.groups })
        : t("canvas.expandAdded", { count: note.added });
  return (
    <div className="graph-canvas__busy" role="status" data-testid="expand-note">
      {text}
    </div>
  );
}
