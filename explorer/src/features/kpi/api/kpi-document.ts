/** The kpiProgress query (graph-api/schema/kpi.graphql). */
import { graphql } from "../../../gql";

export const KpiProgressDocument = graphql(`
  query ViewKpiProgress($period: DatePeriod) {
    kpiProgress(period: $period) {
      window {
        from
        to
      }
      indicators {
        key
        label
        target
        current
        ratio
        met
        windowed
        unassigned
        districtsAhead
        districtsBehind
        byDistrict {
          districtId
          name
          inChengdu
          value
          target
        }
      }
    }
  }
`);
