/** The deals behind one row of the conversion view (a district, institution, lab or chain). */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ConversionGroupBy } from "../../../gql/graphql";
import { actions } from "../../../lib/explorer-store";
import { QueryState } from "../../../lib/ui/query-state";
import { GroupDealsDocument } from "../api/conversion-documents";
import { groupDealsWhere } from "../lib/conversion-rows";

export interface GroupDealsProps {
  groupBy: ConversionGroupBy;
  group: { id: string; name: string };
  period: { from: string; to: string };
  onClose: () => void;
}

export function GroupDeals({ groupBy, group, period, onClose }: GroupDealsProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GroupDealsDocument,
    variables: { where: groupDealsWhere(groupBy, group.id, period) },
  });
  const deals = data?.deals ?? [];
  return (
    <aside className="group-deals" data-testid="group-deals" aria-label={t("conversion.deals", { name: group.name })}>
      <div className="group-deals__head">
        <h3>{t("conversion.deals", { name: group.name })}</h3>
        <button type="button" onClick={onClose}>
          {t("conversion.close")}
        </button>
      </div>
      <p className="analysis__note">{t("conversion.dealsNote")}</p>
      <QueryState
        fetching={fetching}
        error={error}
        empty={deals.length === 0}
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      >
        <ul className="group-deals__list">
          {deals.map((d) => {
            const buyer = d.buyers[0];
            const district = buyer?.districts[0];
            return (
              <li key={d.id}>
                <button className="link" onClick={() => actions.select([d.id])}>
                  {d.name}
                </button>
                <span className="muted">
                  {" "}
                  {d.signedOn} · {d.amount ?? "—"} 万元 · {t("conversion.buyer")} {buyer?.name ?? "—"}
                  {district ? `（${district.name}${district.inChengdu ? "" : " · 市外"}）` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      </QueryState>
    </aside>
  );
}
