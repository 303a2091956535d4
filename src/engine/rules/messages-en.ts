/**
 * The rules' English text, one entry per code: the one-liner a finding shows when messages are
 * asked for in English (`LintOptions.language: 'en'`), and the catalog row's "fires when",
 * "does not fire when" and quick-fix columns (../shared/doctrine/RULES.md, the contract) that the
 * rule pages show.
 *
 * Kept here, beside the rules rather than in each rule file, so that the Chinese metadata of a
 * rule and its English translation can be reviewed as two texts. A unit test fails when a
 * registered rule has no entry: a new rule adds its English here.
 */

export interface RuleTextEn {
  /** What is wrong, in one line (the English counterpart of the rule's `message`). */
  message: string;
  /** The catalog's "fires when". */
  fires: string;
  /** The catalog's "does not fire when", where it has one. */
  silent?: string;
  /** The catalog's quick fixes, where it lists any. */
  fixes?: string;
}

export const MESSAGES_EN: Readonly<Record<string, RuleTextEn>> = {
  // ---- GAI: damages owed by generative-AI service providers [Xu]
  GAI001: {
    message:
      'Apology ordered against a generative-AI service provider: in the generation stage the provider is ordinarily only negligent and the content was seen only by the users who received it; where a clarification pushed to them can eliminate the effects and restore reputation, an apology should not be ordered',
    fires: 'the court grants 赔礼道歉 (apology) against a genAI provider',
    silent: 'intent is found in the removal stage; the apology is only claimed or is denied',
    fixes: 'replace the order with a clarification order (see GAI016); insert reasoning that denies the apology',
  },
  GAI002: {
    message:
      'Emotional damages ordered against a generative-AI service provider: in the generation stage the provider is ordinarily only negligent, a human–machine dialogue is of limited publicity and its direct consequences are seldom serious, so there is ordinarily no "serious emotional harm"',
    fires:
      'the court grants 精神损害赔偿/抚慰金 to a natural person for a personality right (reputation, privacy, personal information, portrait, voice, name) against a genAI provider, and the harm arose in the generation stage, or in the removal stage after partial or adequate measures',
    silent: 'rights include life·body·health; removal stage with no measures after a qualifying notice',
    fixes: 'insert reasoning on the three factors (fault, circumstances, consequences) that denies it; change the order to deny',
  },
  GAI003: {
    message:
      'Emotional damages awarded for infringement of copyright, trademark or patent: the personal side of an IP right is remedied by eliminating the effects, an apology and the like; current law provides no emotional damages for IP infringement',
    fires: 'emotional damages granted for copyright, trademark or patent infringement',
    fixes: 'insert reasoning: the personal aspects of IP are remedied by 消除影响 etc.',
  },
  GAI004: {
    message:
      'Emotional damages ordered to a legal person or other organisation: only a natural person may claim compensation for emotional harm',
    fires: 'emotional damages granted to a legal person or other organisation (any case, not only genAI)',
    fixes: 'delete the grant; insert reasoning',
  },
  GAI005: {
    message:
      'IP punitive damages applied to a generative-AI service provider, but the reasoning does not find both "intent" and "serious circumstances"',
    fires: '惩罚性赔偿 (punitive damages) granted for IP infringement by a genAI provider without a finding of intent and 情节严重',
    silent: 'intent and 情节严重 (serious circumstances) are both found',
    fixes: 'insert reasoning that denies it',
  },
  GAI006: {
    message:
      'The method of fixing damages does not fit the kind of right: a personality-right amount is fixed at discretion under Civil Code art. 1182 and has no "statutory damages"; where the loss of a copyright cannot be calculated, statutory damages apply (Copyright Law art. 54(2))',
    fires: '"法定赔偿" (statutory damages) applied to a personality right, or "酌定" (discretion) used where the IP statute\'s statutory damages apply',
    fixes: 'rename the method; insert the right method\'s reasoning',
  },
  GAI007: {
    message: 'Copyright statutory damages outside the statutory range (from 500 to 5,000,000 yuan)',
    fires: 'copyright statutory damages below 500 or above 5,000,000 yuan',
    silent: 'a punitive multiple is applied on a proven base',
  },
  GAI008: {
    message:
      'A discretionary amount for a personality-right infringement whose reasoning discusses fewer than three of the factors of Civil Code art. 998 (occupation, scope of influence, degree of fault, purpose, manner, consequences)',
    fires:
      'a discretionary (酌定) amount for a personality right with no discussion of the Civil Code art. 998 factors (occupation, scope of influence, fault, purpose, manner, consequences)',
    silent: 'at least three of the factors are discussed in 本院认为 (the reasoning)',
    fixes: 'insert a factor-by-factor paragraph for a genAI provider',
  },
  GAI009: {
    message:
      "Losses caused by a third party's (a user's) reposting or use of the generated content are counted in the provider's damages: harm a third party caused is that third party's to bear",
    fires: "losses caused by a third party's (usually a user's) reposting or use of the generated content are counted in the provider's damages",
    silent: 'the provider itself spread the content',
    fixes: 'insert reasoning that excludes them',
  },
  GAI010: {
    message:
      'The cost of the first notice to the service provider is awarded: before the first notice the provider is ordinarily not at fault and commits no tort, so that cost should not be compensated; only notices after a qualifying notice went unheeded are',
    fires: 'the cost of the first notice to the provider is awarded',
    silent: 'the cost is for a notice after the provider failed to act on an earlier qualifying notice',
    fixes: 'insert reasoning',
  },
  GAI011: {
    message:
      'Damages awarded for potential downstream personal or property harm, or for anxiety about it: harm that has not occurred and that a third party might cause should not be counted in the provider\'s damages',
    fires: 'damages awarded for potential downstream personal/property harm, or for anxiety about it',
    fixes: 'insert reasoning',
  },
  GAI012: {
    message:
      'Damages for future re-generation of the infringing content are decided without weighing the probability of re-generation (technical evidence or an expert assistant, the number of prior generations, the measures taken and their effect)',
    fires:
      'damages for future re-generation of the infringing content are granted, or refused outright, without weighing the probability of re-generation (technical evidence, expert assistant, repeated generations, measures taken)',
    silent: 'the probability is discussed',
    fixes: 'insert a probability-assessment paragraph',
  },
  GAI013: {
    message:
      'Privacy or personal information held unharmed because the dialogue was seen only by the person who asked: anyone can obtain the content by prompting, so it is disclosure; the number of generations goes only to the amount',
    fires:
      'reasoning says content shown only in a human–machine dialogue is not public, so privacy or personal information suffers no harm',
    fixes: 'insert reasoning: anyone can prompt it, so it is disclosure; the number of generations goes to the amount',
  },
  GAI014: {
    message:
      "The plaintiff is required to prove that the false generated content lowered their social evaluation: the false statement can serve as prima facie evidence, for the provider to rebut with the interface's warnings, disclaimers and the like",
    fires:
      'where the AI generated false statements of fact about the plaintiff, the reasoning requires the plaintiff to prove the lowered social evaluation',
    silent: 'the provider is held to disprove damage',
    fixes: 'insert reasoning: false content as prima facie evidence; weigh disclaimers and interface',
  },
  GAI015: {
    message:
      'Lawfully disclosed personal information is involved, but the reasoning does not analyse under Personal Information Protection Law art. 27 whether the processing stays "within a reasonable scope" and whether it significantly affects the person (sensitive personal information still needs consent)',
    fires:
      'generating lawfully disclosed personal information is treated as infringing without the Personal Information Protection Law art. 27 reasonableness analysis, or lawfully disclosed sensitive personal information is treated as freely usable',
    fixes: 'insert the reasonableness analysis',
  },
  GAI016: {
    message:
      'Effects eliminated and reputation restored by a statement in a newspaper or general media or web page: in a generative-AI case a clarification should be pushed to the users who received the infringing content, or, where they cannot be identified, published on a page of the provider dedicated to it',
    fires: '消除影响/恢复名誉 is ordered by newspaper or general media publication in a genAI case',
    silent:
      'the order also pushes a clarification to the users who received the content, or publishes it on a dedicated page of the provider',
    fixes: 'rewrite the order: push the clarification to the users who received the content; else a dedicated clarification page',
  },
  GAI017: {
    message:
      'The service provider is found at intent in the generation stage: infringing content generated comes from the model\'s unpredictability, the provider is ordinarily only negligent, and breaching general regulatory duties does not show intent',
    fires:
      'the provider is found at intent (故意/间接故意) for the generation stage, including by reasoning from breach of regulatory duties (Interim Measures arts. 7, 8)',
    silent: 'the finding concerns the removal stage',
    fixes: 'replace with a negligence finding and its reasoning',
  },
  GAI018: {
    message:
      'A high discretionary award against a provider negligent in the generation stage, without stating the specific reasons for its level',
    fires:
      'a discretionary property or emotional award above the configured threshold (default 50,000 yuan) against a genAI provider for generation-stage negligence, without explicit reasons for the level',
    fixes: 'insert reasons or lower the amount',
  },
  GAI019: {
    message:
      "The service provider's entire revenue or profit is taken as the infringer's gain, without separating the part the infringing content brought",
    fires:
      "the infringer's profit is taken as the provider's total revenue or profit, without apportioning the part caused by the infringing content",
    fixes: 'insert an apportionment paragraph (qualitative analysis)',
  },
  GAI020: {
    message: 'Damages computed as the number of generations times a unit profit, treating each generation as the sale of an infringing copy',
    fires: 'number of generations × unit profit is used as if it were sales of infringing copies',
    fixes: 'insert reasoning',
  },
  GAI021: {
    message:
      'Harm caused by AI joined with a physical device is analysed only as a generative-AI service tort; product liability is not examined',
    fires: 'harm caused through AI joined with a physical device (robot, autonomous vehicle) is analysed only as a generative-AI service tort',
    silent: 'product liability is also analysed',
    fixes: 'insert the product-liability analysis (see PL)',
  },

  // ---- PL: AI product liability [Yang]
  PL001: {
    message:
      'An AI system or robot is treated as a civil subject that bears liability or holds rights: an AI product is an object of civil legal relations, and liability falls on the designer, producer, seller or user',
    fires:
      'the draft treats an AI system or robot as a civil subject that bears liability or holds rights (人工智能应承担…责任, 具有民事主体资格, 法律人格)',
    silent: 'the sentence rejects that view',
    fixes: 'rewrite: liability falls on the designer, producer, seller or user',
  },
  PL002: {
    message:
      "The plaintiff is required to prove the producer's or designer's fault in an AI product case: product liability does not depend on fault",
    fires: "the plaintiff must prove the producer's or designer's fault in an AI product case",
    fixes: 'insert no-fault reasoning',
  },
  PL003: {
    message:
      'The designer of the AI software is treated only as a third party under Civil Code art. 1204, liable only through recourse: the doctrine proposes the designer as a first-tier, no-fault liable party beside the producer (a proposal)',
    fires: 'the designer of the AI software is treated only as a Civil Code art. 1204 third party reached by recourse',
    fixes: 'insert reasoning for first-tier, no-fault designer liability',
  },
  PL004: {
    message:
      "The seller is made to bear ultimate liability without a finding that the seller's fault caused the defect: the seller's ultimate liability presupposes its fault; otherwise, having paid, it may seek recourse against the producer",
    fires: "the seller is made to bear ultimate liability without a finding that the seller's fault caused the defect",
    fixes: 'insert reasoning; add recourse wording',
  },
  PL005: {
    message:
      'The burden of proving the defect is reversed onto the defendant: it should stay with the plaintiff, eased by prima facie proof',
    fires: 'the burden of proving the defect is reversed onto the defendant',
    fixes: 'replace with prima facie proof (表见证明) / eased burden (举证责任缓和) reasoning',
  },
  PL006: {
    message:
      'Product liability is found without naming the type of defect (design, manufacturing, warning, or tracking and observation)',
    fires: 'product liability is found without naming the defect type (design / manufacturing / warning / tracking-observation)',
    fixes: 'insert a defect-type paragraph',
  },
  PL007: {
    message:
      'Product-liability punitive damages without finding both "knowing the defect, yet producing or selling, or failing to take effective remedial measures" and "causing death or serious damage to health"',
    fires:
      'punitive damages under Civil Code art. 1207 without both (knowing the defect, or failing remedial measures under art. 1206) and (death or serious damage to health)',
    silent: 'both are found',
    fixes: 'insert reasoning',
  },
  PL008: {
    message: 'Product-liability punitive damages above twice the actual loss: the actual loss is ordinarily the base, and twice it the limit',
    fires: 'punitive damages above twice the actual loss',
  },
  PL009: {
    message:
      'The development-risk defence is accepted without examining the duty to track, observe and remedy after the product was put into circulation (Civil Code art. 1206)',
    fires:
      'the development-risk defence (Product Quality Law art. 41(2)(3)) is accepted without addressing the post-sale tracking duty',
    silent: 'Civil Code art. 1206 is addressed',
    fixes: 'insert tracking-observation reasoning',
  },
  PL010: {
    message:
      "User fault and a product defect are both found, but neither a reduction under Civil Code art. 1173 (the user's own harm) nor joint liability under art. 1168 (harm to others) is applied",
    fires:
      "user fault and a product defect are both found, but neither Civil Code art. 1173 reduction (the user's own harm) nor art. 1168 joint liability (harm to others) is applied",
    fixes: 'insert the allocation paragraph',
  },
  PL011: {
    message: 'Harm during research and development, before the product was put into circulation, is treated as product liability',
    fires: 'harm during research and development (before circulation) is treated as product liability',
    fixes: 'insert reasoning',
  },

  // ---- CITE: citations
  CITE001: {
    message: 'A repealed law is cited as the basis of the decision: it was repealed on 1 January 2021, when the Civil Code took effect',
    fires:
      '侵权责任法, 民法通则, 合同法, 物权法, 民法总则, 婚姻法, 继承法, 担保法 or 收养法 cited as governing law, where the facts are after 2021-01-01 or unknown',
    fixes: 'the Civil Code article that replaced it, where the mapping is known (e.g. Tort Liability Law art. 20 → Civil Code art. 1182)',
  },
  CITE002: {
    message: 'The article number cited exceeds the number of articles of that law',
    fires: 'the article number does not exist in that law (in the version in force at the judgment\'s date)',
  },
  CITE003: {
    message: 'The article cited does not fit the remedy it is cited for',
    fires:
      'a key article is cited for the wrong remedy in the same sentence: art. 1183 for property loss; art. 1182 for emotional damages; art. 1179 where there is no personal injury; art. 1207 outside product liability; art. 1195/1197 for the generation stage without notice',
  },
  CITE004: {
    message: 'The title of the law cited cannot be recognised and may be wrong',
    fires: 'a 《…》 title that is not a known law or interpretation is cited as a basis (typo or invented title)',
  },
  CITE005: {
    message:
      'A departmental rule or other normative document is cited in the basis of the orders ("依照…判决如下"): it may support the reasoning but should not be a basis for the orders of a civil judgment',
    fires:
      'a departmental rule or other normative document (e.g. 《生成式人工智能服务管理暂行办法》) is listed in the 依照…判决如下 basis',
  },
  CITE006: {
    message: 'The legal basis is not cited in the required form',
    fires:
      'the basis list does not follow the required order (laws, then administrative regulations, then judicial interpretations; substantive before procedural) or uses an abbreviated title (《民法典》 instead of 《中华人民共和国民法典》)',
  },
  CITE007: {
    message:
      'The late-payment interest notice cites an article number of the Civil Procedure Law that does not match the version in force at the judgment\'s date',
    fires:
      'the late-payment interest notice cites the wrong article of the Civil Procedure Law for the judgment\'s date (art. 253 under the 2017 text, art. 260 from 2022-01-01, art. 264 from 2024-01-01)',
    fixes: 'the article number of the version in force at the judgment\'s date',
  },

  // ---- DOC: the judgment as a document
  DOC001: {
    message: 'A claim is left unanswered (omitted from the judgment)',
    fires:
      'a numbered item of the plaintiff\'s claims is neither granted nor denied anywhere (reasoning or orders; a general "驳回原告其他诉讼请求" answers all the rest)',
  },
  DOC002: {
    message: 'An order grants more than was claimed for the same item (beyond the claims)',
    fires: 'an order grants more than was claimed for the same item (超出诉讼请求)',
  },
  DOC003: {
    message: 'The amount in an order differs from the amount the reasoning fixed for the same item',
    fires: 'the amount in an order differs from the amount the reasoning fixed for the same item',
  },
  DOC004: {
    message: 'The orders ("判决如下") are not preceded by a legal basis ("依照《…》…的规定")',
    fires: 'orders (判决如下) are not preceded by a legal basis (依照《…》…的规定)',
  },
  DOC005: {
    message: 'A required part of a first-instance civil judgment is missing (the claims, the reasoning or the orders)',
    fires: 'a required part of a first-instance civil judgment is missing (诉讼请求, 本院认为, 判决主文)',
  },
  DOC006: {
    message:
      'An item is granted only in part, and the orders contain no item dismissing the rest of the claims ("驳回原告（其他）诉讼请求")',
    fires:
      'an item is granted only in part (less than claimed, or several instead of joint liability), and the orders contain no 驳回原告（其他）诉讼请求 item disposing of the rest',
  },
};

/** The kinds of claim (model/kinds.ts's ClaimKind), as English findings name them. */
export const KIND_EN: Readonly<Record<string, string>> = {
  apology: 'apology',
  emotional: 'emotional damages',
  anxiety: 'risk damages (potential harm, anxiety)',
  property: 'economic loss',
  expenses: 'reasonable expenses',
  noticeCost: 'notice costs',
  eliminate: 'eliminating the effects, restoring reputation',
  stop: 'stopping the infringement',
  punitive: 'punitive damages',
  statutory: 'statutory damages',
  future: 'damages for future re-generation',
  downstream: 'downstream (third-party) losses',
  costs: 'court fees',
};

/** Finding-specific English wording, for the rules whose findings carry their own message. */
export const FINDING_EN = {
  /** DOC001: the claim item's number and kinds. */
  doc001: (number: string, kinds: readonly string[]): string =>
    `Claim item ${number} (${kinds.map((k) => KIND_EN[k] ?? k).join(', ')}) is neither granted, denied nor otherwise disposed of in the reasoning or the orders, and no item dismisses the plaintiff's other claims (omitted from the judgment)`,
  /** GAI006: which of the two mix-ups. */
  gai006: (personality: boolean): string =>
    personality
      ? 'A personality-right amount is called "statutory damages": under Civil Code art. 1182 the court fixes it according to the actual circumstances; statutory damages are a method of IP law'
      : 'A copyright amount is fixed at discretion ("酌定") without stating that statutory damages apply (Copyright Law art. 54(2))',
  /** GAI008: how many factors the reasoning discusses. */
  gai008: (discussed: number): string => `${MESSAGES_EN.GAI008!.message} (${discussed} discussed)`,
  /** GAI018: the amount and the threshold. */
  gai018: (amount: number, threshold: number): string => `${MESSAGES_EN.GAI018!.message} (${amount} yuan, above ${threshold} yuan)`,
  /** CITE007: the article wanted on the judgment's date, and the one cited. */
  cite007: (want: number, date: string, cited: number): string =>
    `The late-payment interest notice should cite Civil Procedure Law art. ${want} (the version in force on the judgment's date, ${date}), not art. ${cited}`,
  /** CITE001: the repealed law, and the Civil Code article that replaced the one cited, where known. */
  cite001: (law: string, replacement?: number): string =>
    `The repealed ${law} is cited${replacement ? ` (the corresponding article: Civil Code art. ${replacement})` : ''}: it was repealed on 1 January 2021, when the Civil Code took effect`,
  /** CITE002: the law, its version and its number of articles. */
  cite002: (law: string, version: string, count: number, article: number): string =>
    `The ${law} (${version}) has ${count} articles; there is no art. ${article}`,
  /** CITE004: the unknown title and the known one it is one character away from. */
  cite004: (title: string, near: string): string =>
    `The title of the law cited, 《${title}》, cannot be recognised: should it be 《${near}》? (Fa Shi [2009] No. 14 art. 1: the title of a normative legal document is cited accurately and in full)`,
  /** CITE004: a title that claims to be a national law but names none. */
  cite004Unknown: (title: string): string =>
    `《${title}》 is not a law enacted by the National People's Congress or its Standing Committee (the extension's list of laws runs to the end of 2025): check the title; a law passed since can be added in rules.CITE004.options.knownTitles (Fa Shi [2009] No. 14 art. 1: the title of a normative legal document is cited accurately and in full)`,
  /** PL008: the multiple the draft applies, or the ratio of punitive damages to the other damages. */
  pl008: (multiple: number): string => `${MESSAGES_EN.PL008!.message} (the draft applies ${multiple} times)`,
  pl008Ratio: (ratio: string): string => `${MESSAGES_EN.PL008!.message} (punitive damages here are about ${ratio} times the other damages together)`,
  /** DOC002: the amount ordered, the claim item(s) and the amount claimed. */
  doc002: (ordered: number, items: string, claimed: number): string =>
    `The order grants ${ordered} yuan, more than the ${claimed} yuan claimed${items ? ` in claim item ${items}` : ''} (beyond the claims)`,
  /** DOC003: the order item, its amount and the amount the reasoning fixed. */
  doc003: (item: string, amount: number, fixed: number): string =>
    `The amount of ${amount} yuan in order item ${item} differs from the ${fixed} yuan fixed in the reasoning`,
  /** DOC005: the missing part (诉讼请求, 本院认为, 判决主文). */
  doc005: (part: string): string =>
    `The judgment lacks its "${{ 诉讼请求: 'claims', 本院认为: 'reasoning', 判决主文: 'orders' }[part] ?? part}" part (${part})`,
  /** DOC006: an amount granted in part, or joint liability claimed and not granted. */
  doc006: (claimed: number, ordered: number): string =>
    `${claimed} yuan was claimed and ${ordered} yuan granted, but the orders do not dismiss the rest`,
  doc006Joint: (): string => 'Joint liability was claimed and not granted, but the orders contain no item dismissing the other claims',
  /** CITE003: why the article does not fit. */
  cite003: (article: number, why: 'emotional-for-property' | 'property-for-emotional' | 'no-personal-injury' | 'not-product' | 'no-notice'): string => {
    const reason = {
      'emotional-for-property': `art. ${article} provides for emotional damages and is no basis for property loss (see arts. 1182, 1184)`,
      'property-for-emotional': `art. ${article} provides for property loss from infringing personal rights and is no basis for emotional damages (see art. 1183)`,
      'no-personal-injury': `art. ${article} lists the heads of damages for personal injury, and there is no personal injury in this case`,
      'not-product': `art. ${article} provides for punitive damages in product liability, and this is not a product liability dispute`,
      'no-notice': `art. ${article} presupposes a notice or knowledge, and the infringement here arose in the generation stage without any notice`,
    }[why];
    return `The article cited does not fit the remedy it is cited for: ${reason}`;
  },
  /** CITE006: an abbreviated title in the basis list. */
  cite006Title: (full: string): string => `A law in the basis of the decision should be cited by its full title: 《${full}》 (Fa Shi [2009] No. 14 art. 1)`,
  /** CITE006: the order of the basis list. */
  cite006Order: (title: string, before: string): string =>
    `The basis of the decision is cited in the wrong order: 《${title}》 should come before 《${before}》 (laws before judicial interpretations, basic laws before other laws, substantive before procedural law; Fa Shi [2009] No. 14 art. 2)`,
  /** GAI007: the amount outside the range. */
  gai007: (amount: number): string => `Copyright statutory damages of ${amount} yuan lie outside the statutory range (from 500 to 5,000,000 yuan)`,
};
