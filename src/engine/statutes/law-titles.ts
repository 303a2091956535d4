/**
 * The titles of China's national laws (法律: enacted by the NPC or its Standing Committee), in
 * force or repealed, without the 中华人民共和国 prefix. CITE004 uses the list to tell a law that
 * exists but whose text the extension does not ship (《中华人民共和国网络安全法》) from a title
 * that names no law at all (《中华人民共和国人工智能法》, 《人工智能侵权责任法》).
 *
 * Compiled for this project from the NPC's catalogue of laws in force (现行有效法律目录) and the
 * repealed laws still met in older judgments, and checked against the file listing of a public
 * collection of that catalogue; it aims to be complete to the end of 2025, as far as we could
 * check offline. A law enacted later is not an error: a user adds it with the rule option
 * `rules.CITE004.options.knownTitles`, and the list is extended here. Titles that are plainly
 * drafts or proposals are included where a draft is far advanced, because a missed finding costs
 * less than a false one.
 */

const LAWS = `
宪法
全国人民代表大会组织法 国务院组织法 地方各级人民代表大会和地方各级人民政府组织法
全国人民代表大会和地方各级人民代表大会选举法 全国人民代表大会和地方各级人民代表大会代表法
各级人民代表大会常务委员会监督法 立法法 民族区域自治法 香港特别行政区基本法 澳门特别行政区基本法
香港特别行政区维护国家安全法 香港特别行政区驻军法 澳门特别行政区驻军法 人民法院组织法 人民检察院组织法
法官法 检察官法 人民陪审员法 监察法 监察官法 公职人员政务处分法 国籍法 国旗法 国徽法 国歌法
国家勋章和国家荣誉称号法 国防法 国家安全法 反分裂国家法 反恐怖主义法 戒严法 集会游行示威法 居民身份证法
城市居民委员会组织法 村民委员会组织法 缔结条约程序法 领海及毗连区法 专属经济区和大陆架法 陆地国界法
英雄烈士保护法 外国中央银行财产司法强制措施豁免法 外国国家豁免法 对外关系法 反外国制裁法 国家赔偿法
爱国主义教育法 保守国家秘密法 国家通用语言文字法 档案法 国家机构组织法 选举法 代表法 监督法

民法典 民法通则 民法总则 合同法 物权法 侵权责任法 婚姻法 继承法 收养法 担保法 经济合同法 涉外经济合同法
技术合同法 公司法 合伙企业法 个人独资企业法 全民所有制工业企业法 中外合资经营企业法 中外合作经营企业法
外资企业法 外商投资法 企业破产法 商业银行法 保险法 票据法 证券法 证券投资基金法 信托法 海商法 拍卖法
招标投标法 农村土地承包法 农民专业合作社法 著作权法 专利法 商标法 消费者权益保护法 电子商务法 电子签名法
涉外民事关系法律适用法 期货和衍生品法 乡镇企业法 城镇集体所有制企业法 民营经济促进法 台湾同胞投资保护法
中小企业促进法 农村集体经济组织法 企业国有资产法 城市房地产管理法 土地管理法 产品质量法 反不正当竞争法
反垄断法 广告法 价格法 个人信息保护法 网络安全法 数据安全法 资产评估法 旅游法 会计法 注册会计师法
审计法 统计法 预算法 政府采购法 标准化法 计量法 进出口商品检验法 对外贸易法 出口管制法 海关法

行政处罚法 行政许可法 行政强制法 行政复议法 行政诉讼法 行政监察法 公务员法 人民警察法 人民武装警察法
治安管理处罚法 道路交通安全法 消防法 护照法 出境入境管理法 外国人入境出境管理法 公民出境入境管理法
枪支管理法 禁毒法 反间谍法 国家情报法 密码法 生物安全法 核安全法 突发事件应对法 传染病防治法
国境卫生检疫法 动物防疫法 进出境动植物检疫法 食品安全法 食品卫生法 药品管理法 疫苗管理法 医师法 执业医师法
基本医疗卫生与健康促进法 中医药法 精神卫生法 献血法 母婴保健法 人口与计划生育法 职业病防治法 医疗保障法
红十字会法 教育法 义务教育法 高等教育法 职业教育法 教师法 学位法 学前教育法 民办教育促进法 国防教育法
家庭教育促进法 体育法 文物保护法 非物质文化遗产法 公共文化服务保障法 公共图书馆法 电影产业促进法
科学技术进步法 科学技术普及法 促进科技成果转化法 环境保护法 环境影响评价法 大气污染防治法 水污染防治法
土壤污染防治法 固体废物污染环境防治法 噪声污染防治法 环境噪声污染防治法 放射性污染防治法 海洋环境保护法
长江保护法 黄河保护法 青藏高原生态保护法 黑土地保护法 湿地保护法 野生动物保护法 森林法 草原法 防沙治沙法
水土保持法 水法 防洪法 城乡规划法 城市规划法 建筑法 测绘法 气象法 防震减灾法 人民防空法 海岛保护法
海警法 海上交通安全法 军事设施保护法 兵役法 国防动员法 国防交通法 军人地位和权益保障法 退役军人保障法
预备役人员法 现役军官法 中国人民解放军现役军官法 监狱法 社区矫正法
律师法 公证法 法律援助法 人民调解法 仲裁法 境外非政府组织境内活动管理法 慈善法 公益事业捐赠法
反食品浪费法 反有组织犯罪法 反电信网络诈骗法 反洗钱法 无障碍环境建设法 邮政法 铁路法 公路法 民用航空法
港口法 航道法 电力法 煤炭法 矿产资源法 能源法 石油天然气管道保护法 可再生能源法 节约能源法 循环经济促进法
清洁生产促进法 原子能法 国家公园法 法治宣传教育法 社会救助法 粮食安全保障法 安全生产法 矿山安全法
特种设备安全法 城市维护建设税法 生态环境法典 网络犯罪防治法 海洋基本法 托育服务法 医疗保障法
检察公益诉讼法 国家发展规划法 金融稳定法 突发公共卫生事件应对法 疾病预防控制法 耕地保护法 航运法 住房保障法
电信法 数字经济促进法 殡葬法 行政执法监督法

中国人民银行法 银行业监督管理法 税收征收管理法 个人所得税法 企业所得税法 外商投资企业和外国企业所得税法
车船税法 环境保护税法 烟叶税法 船舶吨税法 耕地占用税法 车辆购置税法 资源税法 契税法 印花税法 增值税法
关税法 农业法 种子法 农业技术推广法 农业机械化促进法 农产品质量安全法 畜牧法 渔业法 乡村振兴促进法
海南自由贸易港法 深海海底区域资源勘探开发法 海域使用管理法 烟草专卖法 水路运输法 航空法

劳动法 劳动合同法 就业促进法 社会保险法 工会法 劳动争议调解仲裁法 妇女权益保障法 未成年人保护法
预防未成年人犯罪法 老年人权益保障法 残疾人保障法 归侨侨眷权益保护法 军人保险法 反家庭暴力法

民事诉讼法 刑事诉讼法 海事诉讼特别程序法 农村土地承包经营纠纷调解仲裁法 引渡法 国际刑事司法协助法 刑法
`;

/** Short names courts and lawyers write for a law (民诉法 for 民事诉讼法). */
const ABBREVIATIONS = '民诉法 刑诉法 行诉法 消法 消保法 个保法 网安法 数安法 电商法 反法 保密法 国安法 香港国安法 个税法 未保法 社保法 破产法';

const TITLES: ReadonlySet<string> = new Set(
  `${LAWS} ${ABBREVIATIONS}`
    .split(/\s+/)
    .filter((t) => t),
);

/** Every known national-law title (without 中华人民共和国), for near-miss suggestions. */
export const NATIONAL_LAW_TITLES: readonly string[] = [...TITLES];

/** The title without a trailing version note: 《中华人民共和国著作权法（2020年修正）》 → …著作权法. */
export function withoutVersionNote(title: string): string {
  return title.replace(/[(（][^()（）]{0,20}[)）]$/, '');
}

/** The title without the 中华人民共和国 prefix and without a trailing version note (（2020修正）). */
export function bareLawTitle(title: string): string {
  return withoutVersionNote(title.replace(/\s+/g, '')).replace(/^中华人民共和国/, '');
}

/** Whether the title names a national law known to the extension (or to the user's configuration). */
export function isKnownNationalLaw(title: string, extra: readonly string[] = []): boolean {
  const bare = bareLawTitle(title);
  // 《中国民法典》: the country written short.
  const names = [bare, bare.replace(/^中国(?!人民)/, '')];
  return names.some((n) => TITLES.has(n) || extra.some((t) => bareLawTitle(t) === n));
}

// Titles that end in 法 but name a method, not a law.
const NOT_A_LAW = /(办法|方法|算法|做法|用法|说法|写法|手法|书法|语法|疗法|兵法|章法|看法|想法|技法|画法|笔法|司法|执法|立法|守法|违法|合法|非法|宪法学|法学)$/;
// Another jurisdiction's law, a draft or a proposal: not a citation of Chinese law in force.
const FOREIGN = /^(欧盟|欧洲|美国|日本|德国|法国|英国|韩国|俄罗斯|意大利|加拿大|澳大利亚|新加坡|印度|巴西|瑞士|荷兰|西班牙|联合国|国际|台湾|中国台湾|香港|澳门|我国台湾)/;
const DRAFT = /草案|征求意见稿|建议稿|示范法|学者|专家|送审稿|讨论稿|修订稿/;
const LOCAL = /(省|市|自治区|自治州|自治县|县|特区|经济特区)/;

// Another jurisdiction named just before the title: 欧盟《人工智能法》, 美国1976年《版权法》,
// 台湾地区《民法》. Only a year or a connective may stand between: 境外违反《个人信息保护法》 is ours.
const FOREIGN_LEAD = /(欧盟|欧洲联盟|美国|日本|德国|法国|英国|韩国|俄罗斯|意大利|加拿大|澳大利亚|新加坡|印度|巴西|瑞士|荷兰|西班牙|联合国|台湾地区|香港特别行政区|澳门特别行政区|香港|澳门|外国|域外|各国|该国|他国)(联邦|州|地区|\d{4}年|[一二三四五六七八九〇零]{4}年|的|现行|新|旧|之|\s)*$/;

/** Whether the text just before a title names another jurisdiction (the title is that jurisdiction's law). */
export function foreignLead(before: string): boolean {
  return FOREIGN_LEAD.test(before.slice(-20));
}

/**
 * Whether a title, as written, claims to be a national law: it ends in 法 or 法典, is not a
 * method (办法, 算法), a foreign or regional law, a draft or proposal, or a local enactment.
 */
export function claimsNationalLaw(title: string): boolean {
  const bare = bareLawTitle(title);
  if (bare.length < 2 || bare.length > 40) return false;
  if (!/(法|法典)$/.test(bare) || NOT_A_LAW.test(bare)) return false;
  if (FOREIGN.test(bare) || DRAFT.test(title) || /[〈<《]/.test(bare)) return false;
  if (/^最高人民|^全国人民代表大会常务委员会关于|^国务院/.test(bare)) return false;
  if (LOCAL.test(bare.replace(/城市|县级/g, ''))) return false;
  return /^[\u4e00-\u9fff]+$/.test(bare);
}
