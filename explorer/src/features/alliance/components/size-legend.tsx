/**
 * The scale of the node sizes: what the size stands for, and the smallest and the biggest value
 * drawn with the circle each gets (the mapping of network-elements, so the legend cannot drift
 * from the picture).
 */
import { MAX_SIZE, MIN_SIZE } from "../lib/network-elements";

interface Props {
  title: string;
  lo: string;
  hi: string;
}

export function SizeLegend({ title, lo, hi }: Props) {
  const circle = (d: number) => (
    <svg width={d + 2} height={d + 2} aria-hidden="true">
      <circle cx={d / 2 + 1} cy={d / 2 + 1} r={d / 2} fill="#cfd6df" stroke="#5b6675" />
    </svg>
  );
  return (
    <div className="alliance__legend" data-testid="alliance-size-legend">
      <div>{title}</div>
      <div className="alliance__legend-scale">
        {circle(MIN_SIZE / 2)} <span data-testid="legend-lo">{lo}</span> … {circle(MAX_SIZE / 2)}{" "}
        <span data-testid="legend-hi">{hi}</span>
      </div>
    </div>
  );
}
