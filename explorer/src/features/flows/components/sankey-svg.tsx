/** Draws a SankeyPicture as SVG: links coloured by where they land, labelled node bars. */
import { useTranslation } from "react-i18next";
import { typeStyle } from "../../../lib/graph/node-styles";
import type { SankeyPicture } from "../lib/sankey-layout";

const IN = "#2e9d4a";
const OUT = "#9aa1ab";
const NEUTRAL = "#4e79a7";

export function SankeySvg({ picture, onNode }: { picture: SankeyPicture; onNode: (id: string) => void }) {
  const { t } = useTranslation();
  const names = new Map(picture.nodes.map((n) => [n.key, n.name]));
  const colour = (inChengdu: boolean | null) => (inChengdu === null ? NEUTRAL : inChengdu ? IN : OUT);
  return (
    <svg
      className="sankey"
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      width="100%"
      role="img"
      aria-label={t("flows.title")}
      data-testid="flows-sankey"
    >
      <g fill="none">
        {picture.links.map((l) => (
          <path
            key={`${l.source}>${l.target}`}
            d={l.path}
            stroke={colour(l.inChengdu)}
            strokeOpacity={0.35}
            strokeWidth={l.width}
          >
            <title>
              {t("flows.tooltip", {
                from: names.get(l.source),
                to: names.get(l.target),
                deals: l.deals,
                amount: Math.round(l.amount * 100) / 100,
              })}
            </title>
          </path>
        ))}
      </g>
      {picture.nodes.map((n) => {
        const left = n.side === "SOURCE";
        return (
          <g key={n.key} className="sankey__node" onClick={() => onNode(n.id)} style={{ cursor: "pointer" }}>
            <rect
              x={n.x0}
              y={n.y0}
              width={n.x1 - n.x0}
              height={Math.max(1, n.y1 - n.y0)}
              fill={n.inChengdu === null ? typeStyle(n.type).color : colour(n.inChengdu)}
            >
              <title>{`${n.name}: ${Math.round(n.value * 100) / 100}`}</title>
            </rect>
            <text
              x={left ? n.x0 - 6 : n.x1 + 6}
              y={(n.y0 + n.y1) / 2}
              dy="0.35em"
              textAnchor={left ? "end" : "start"}
              fontSize={12}
            >
              {n.name.length > 16 ? `${n.name.slice(0, 15)}…` : n.name}
              {n.inChengdu === false ? ` (${t("flows.out")})` : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
