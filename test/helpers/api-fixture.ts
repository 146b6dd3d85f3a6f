/**
 * A small graph for the API tests (ids prefixed APITEST-): Deal 1 transfers Result 1, developed
 * by Lab 1, part of Institution 1 (成都大学); Lab 1 sells to Enterprise 1; Broker 1 (with phone
 * and e-mail) leads the deal and works for Agency 1. Plus `extraBrokers` bulk brokers, also
 * employed by Agency 1.
 */
import type { Driver } from "neo4j-driver";

export const PREFIX = "APITEST-";

export async function seedApiFixture(driver: Driver, extraBrokers = 0): Promise<void> {
  await driver.executeQuery(`
    CREATE (d:District:Entity {id: 'APITEST-DIS-1', name: '武侯区', city: '成都', inChengdu: true, kind: 'DISTRICT'})
    CREATE (i:Institution:Entity {id: 'APITEST-INS-1', name: '成都大学', kind: 'UNIVERSITY', pinyinInitials: 'cddx'})
    CREATE (l:Lab:Entity {id: 'APITEST-LAB-1', name: '先进材料实验室', level: 'PROVINCIAL'})
    CREATE (r:Result:Entity {id: 'APITEST-RES-1', name: '一种电池材料', kind: 'INVENTION_PATENT', year: 2023, status: 'TRANSFERRED'})
    CREATE (e:Enterprise:Entity {id: 'APITEST-ENT-1', name: '成都某某科技有限公司', highTech: true})
    CREATE (deal:Deal:Entity {id: 'APITEST-DEAL-1', name: '电池材料许可', kind: 'LICENSE', amount: 120.5, signedOn: date('2024-05-01')})
    CREATE (a:Agency:Entity {id: 'APITEST-AGY-1', name: '成都技术转移中心', kind: 'MARKET', level: 'MUNICIPAL_FILED'})
    CREATE (b:Broker:Entity {id: 'APITEST-BRK-1', name: '张三', titleLevel: 'SENIOR', phone: '13800000000', email: 'zhang@example.cn'})
    CREATE (l)-[:PART_OF]->(i), (l)-[:DEVELOPED]->(r), (deal)-[:TRANSFERS]->(r), (deal)-[:SELLER]->(l),
           (deal)-[:BUYER]->(e), (b)-[:BROKERED {role: 'LEAD'}]->(deal), (b)-[:EMPLOYED_BY {since: date('2020-01-01')}]->(a),
           (a)-[:SERVED]->(deal), (i)-[:LOCATED_IN]->(d), (e)-[:LOCATED_IN]->(d)
  `);
  if (extraBrokers > 0) {
    await driver.executeQuery(
      `UNWIND range(1, $n) AS k
       MATCH (a:Agency {id: 'APITEST-AGY-1'})
       CREATE (:Broker:Entity {id: 'APITEST-BULK-' + k, name: '经纪人' + k, titleLevel: 'JUNIOR'})-[:EMPLOYED_BY]->(a)`,
      { n: extraBrokers },
    );
  }
}
