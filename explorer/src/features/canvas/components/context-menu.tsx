/**
 * Right-click menu of a canvas node: expand by relationship type and direction (with counts per
 * neighbour type; groups too big to list come as one group node, and "more" pages what is left),
 * collapse, hide, pin, remove. Keyboard: focus starts on the first item, arrows move, Escape closes.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { NeighbourCountsDocument } from "../../../lib/api/explore-documents";
import { actions, useCanvas } from "../../../lib/explorer-store";
import type { ExploreDirection, RelationshipType } from "../../../gql/graphql";
import { relationText } from "../../../lib/ui/relation-text";
import { nextOffsetOf } from "../hooks/use-expand";

export interface MenuTarget {
  id: string;
  x: number;
  y: number;
}

interface Props {
  target: MenuTarget;
  onClose: () => void;
  onExpand: (id: string, relType?: RelationshipType, direction?: ExploreDirection, more?: boolean) => Promise<void>;
}

export function ContextMenu({ target, onClose, onExpand }: Props) {
  const { t } = useTranslation();
  const canvas = useCanvas();
  const [{ data, fetching, error }] = useQuery({ query: NeighbourCountsDocument, variables: { id: target.id } });
  const ref = useRef<HTMLDivElement>(null);
  const pinned = canvas.pinned.includes(target.id);

  const [pos, setPos] = useState({ left: target.x, top: target.y });

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [fetching]);

  // Keep the whole menu inside the canvas (a node near the bottom or right edge opens it upwards/leftwards).
  useLayoutEffect(() => {
    const menu = ref.current;
    const box = menu?.parentElement;
    if (!menu || !box) return;
    const maxLeft = Math.max(0, box.clientWidth - menu.offsetWidth - 4);
    const maxTop = Math.max(0, box.clientHeight - menu.offsetHeight - 4);
    setPos({ left: Math.min(target.x, maxLeft), top: Math.min(target.y, maxTop) });
  }, [target.x, target.y, data, fetching]);

  const run = (fn: () => unknown) => () => {
    void fn();
    onClose();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") onClose();
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
  };

  return (
    <div ref={ref} className="context-menu" role="menu" style={pos} onKeyDown={onKey} data-testid="context-menu">
      <button role="menuitem" onClick={run(() => onExpand(target.id))}>
        {t("menu.expandAll")}
      </button>
      {fetching && <div className="context-menu__note">{t("status.loading")}</div>}
      {error && <div className="context-menu__note context-menu__note--error">{t("status.error")}</div>}
      {data?.neighbourCounts.map((c) => {
        const more = nextOffsetOf(target.id, c.relType, c.direction);
        return (
          <div key={`${c.relType}-${c.direction}`} className="context-menu__row">
            <button role="menuitem" onClick={run(() => onExpand(target.id, c.relType, c.direction))}>
              {t("menu.expandType")} {relationText(t, c)}
            </button>
            {typeof more === "number" && (
              <button
                role="menuitem"
                className="context-menu__more"
                onClick={run(() => onExpand(target.id, c.relType, c.direction, true))}
              >
                +{t("menu.more")}
              </button>
            )}
          </div>
        );
      })}
      <hr />
      <button role="menuitem" onClick={run(() => actions.collapse(target.id))}>
        {t("menu.collapse")}
      </button>
      <button role="menuitem" onClick={run(() => actions.hide([target.id]))}>
        {t("menu.hide")}
      </button>
      <button role="menuitem" onClick={run(() => actions.setPinned(target.id, !pinned))}>
        {pinned ? t("menu.unpin") : t("menu.pin")}
      </button>
      <button role="menuitem" onClick={run(() => actions.removeNodes([target.id]))}>
        {t("menu.remove")}
      </button>
      {canvas.hidden.length > 0 && (
        <button role="menuitem" onClick={run(() => actions.showAll())}>
          {t("menu.showHidden")}
        </button>
      )}
      <button role="menuitem" onClick={onClose}>
        {t("menu.close")}
      </button>
    </div>
  );
}
