/**
 * Vocabulary per key chain for synthetic names and texts: words for firm names, the objects that
 * results and demands are about, and keywords that tie a real institution's disciplines to chains.
 * Indexed by the chain's Chinese name as in the reference.
 */
export interface ChainTopics {
  /** Goes into enterprise names (成都瑞芯微电子科技有限公司). */
  firmWords: string[];
  /** What results, demands and labs are about. */
  objects: string[];
  /** Words in an institution's name or disciplines that suggest this chain. */
  keywords: string[];
}

const T = (firmWords: string, objects: string, keywords: string): ChainTopics => ({
  firmWords: firmWords.split(" "),
  objects: objects.split(" "),
  keywords: keywords.split(" "),
});

export const CHAIN_TOPICS: Record<string, ChainTopics> = {
  集成电路: T(
    "微电子 半导体 芯片 集成电路",
    "射频前端芯片 功率器件 晶圆缺陷检测 封装基板 模拟集成电路 氮化镓器件 存储控制器 芯片测试",
    "电子 微电子 集成电路 电子科学 半导体",
  ),
  新型显示: T(
    "光电 显示 视讯",
    "柔性OLED面板 Micro-LED阵列 量子点膜 触控模组 显示驱动电路 激光投影光源",
    "光电 显示 光学",
  ),
  智能终端: T(
    "智能 终端 电子",
    "可穿戴终端 智能手机天线 车载终端 工业平板 智能家居网关 语音交互模组",
    "电子 通信 信息与通信",
  ),
  高端软件: T(
    "软件 信息 数科",
    "工业设计软件 数据库内核 低代码平台 嵌入式操作系统 金融风控系统 电子政务中台",
    "软件 计算机 信息 金融 经济",
  ),
  工业互联网: T(
    "工业互联 智造 数联",
    "设备预测性维护 工业数据采集网关 数字孪生工厂 能耗优化系统 标识解析节点",
    "信息 机械 能源 自动化",
  ),
  人工智能: T(
    "智能 智算 云脑",
    "大模型推理加速 计算机视觉质检 知识图谱问答 自动驾驶感知 智能客服引擎 遥感影像解译",
    "人工智能 计算 信息 数据 类脑",
  ),
  卫星互联网: T(
    "星联 航天 卫通",
    "低轨卫星终端 星载相控阵天线 卫星导航接收机 星间激光链路 地面测控站",
    "电磁 通信 卫星 航天",
  ),
  大飞机制造与服务: T(
    "航空 航空装备 飞机",
    "复合材料机身部件 航空维修工装 飞机结构健康监测 航电系统测试",
    "航空 飞机 机械",
  ),
  航空发动机: T(
    "航空动力 涡轮 动力",
    "涡轮叶片涂层 燃烧室 发动机试车台 高温合金铸件 叶片检测",
    "发动机 燃气 动力 流体",
  ),
  工业无人机: T(
    "无人机 飞控 航空",
    "无人机飞控系统 长航时动力电池 植保无人机 巡检无人机 无人机集群调度",
    "航空 控制 无人",
  ),
  轨道交通: T(
    "轨道交通 轨道 交通科技",
    "轨道状态检测 牵引变流器 列车控制系统 隧道监测 减振扣件 川藏铁路施工装备",
    "交通 铁路 轨道 山地 灾害",
  ),
  "汽车(新能源汽车)": T(
    "汽车 新能源 动力科技",
    "动力电池管理系统 驱动电机 车身轻量化 快充模块 氢燃料电池堆",
    "车辆 汽车 能源 机械",
  ),
  智能网联汽车: T(
    "智行 车联 智驾",
    "车路协同路侧单元 高精度定位 自动泊车系统 车载激光雷达 车联网安全网关",
    "车辆 交通 信息 通信",
  ),
  "创新药(含中医药)": T(
    "生物医药 药业 制药",
    "中药配方颗粒 靶向小分子药物 抗体药物 中药材种植 缓释制剂 新药筛选平台",
    "医 药 中药 生物 化学 天然产物 生命",
  ),
  高端医疗器械: T(
    "医疗器械 医疗科技 生物材料",
    "骨科植入物 口腔修复材料 医学影像设备 体外诊断试剂 手术机器人 可降解支架",
    "医 口腔 护理 生物材料 医疗",
  ),
  新材料: T(
    "新材料 材料科技 化工",
    "高性能纤维 稀土功能材料 锂电正极材料 钒钛合金 石墨烯涂层 皮革化工助剂",
    "材料 化学 化工 有机 地质 石油",
  ),
  "绿色食品 / 食品": T(
    "食品 农业科技 生物科技",
    "优质稻品种 茶叶加工工艺 川菜调味品 食品保鲜包装 生猪育种 柑橘种植",
    "农 作物 遗传育种 食品 生物学",
  ),
};

/** Technical approaches combined with objects into result titles. */
export const METHODS =
  "基于深度学习的 基于数字孪生的 高可靠 低功耗 轻量化 高精度 自适应 多模态 绿色低成本 模块化 智能化 国产化".split(" ");

/** What a result title ends with, per ResultKind family. */
export const PATENT_SUFFIXES = "方法 装置 系统 制备方法 检测方法 及其应用".split(" ");

/** What a demand asks for. */
export const NEEDS = "工艺优化 国产化替代 性能提升 降本增效 检测方法开发 联合研发 中试放大 标准制定".split(" ");

/** Topics for the names of synthetic labs. */
export const LAB_FORMS = "重点实验室 工程技术研究中心 工程研究中心 创新平台".split(" ");

export function topicsOf(chainName: string): ChainTopics {
  const t = CHAIN_TOPICS[chainName];
  if (!t) throw new Error(`no topics for chain ${chainName}`);
  return t;
}

/** A chain's name as used inside other names: 汽车(新能源汽车) → 汽车, 绿色食品 / 食品 → 绿色食品. */
export function chainLabel(chainName: string): string {
  return chainName.replace(/\(.*\)/, "").replace(/\s*\/.*$/, "");
}
