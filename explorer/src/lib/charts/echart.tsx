/**
 * An ECharts chart in a view: one instance per mount on a div (SVG renderer, so exports are
 * vector and match the server's white paper), resized with its box, disposed on unmount. The
 * options come from presentation/charts, shared with the server. `name` exposes the instance as
 * window.__ttgraphCharts[name] for e2e tests, and `chartRef` hands it to the view's export bar.
 */
import { useEffect, useRef, type MutableRefObject } from "react";
import { echarts, type EChartsOption } from "../../../../presentation/charts/echarts-setup";

export type EChartsInstance = ReturnType<typeof echarts.init>;

declare global {
  interface Window {
    __ttgraphCharts?: Record<string, EChartsInstance>;
  }
}

export interface EChartProps {
  option: EChartsOption;
  height: number;
  name: string;
  chartRef?: MutableRefObject<EChartsInstance | null>;
  /** Called with the data item's name (a Sankey node key, a bar's category, a map region). */
  onItemClick?: (name: string, dataIndex: number) => void;
  label?: string;
}

export function EChart({ option, height, name, chartRef, onItemClick, label }: EChartProps) {
  const el = useRef<HTMLDivElement | null>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, null, { renderer: "svg" });
    chart.current = c;
    if (chartRef) chartRef.current = c;
    (window.__ttgraphCharts ??= {})[name] = c;
    c.on("click", (p: { name?: string; dataIndex?: number }) => click.current?.(p.name ?? "", p.dataIndex ?? -1));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      if (window.__ttgraphCharts?.[name] === c) delete window.__ttgraphCharts[name];
      if (chartRef?.current === c) chartRef.current = null;
      c.dispose();
      chart.current = null;
    };
  }, [name, chartRef]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={el}
      className="echart"
      style={{ height }}
      role="img"
      aria-label={label ?? name}
      data-testid={`chart-${name}`}
    />
  );
}
