/** The kpiProgress query (graph-api/schema/kpi.graphql). */
import { graphql } from "../../../gql";

export const KpiProgressDocument = graphql(`
  query ViewKpiProgress($window: DatePeriod) {
    kpiProgress(window: $window) {
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
