/**
 * The rule pages' data: a module that exists only at build time. esbuild's rule-pages plugin
 * (src/build/rule-pages-plugin.mjs) answers `import data from 'judgment-lint:rule-pages'` by running
 * src/build/rule-pages.ts over the rules' metadata, the statutes and the fixtures, so the pages ship
 * inside every bundle (Node and web) and nothing is read from disk at run time.
 *
 * This declaration is the schema the generator produces and the page renderer reads.
 */
declare module 'judgment-lint:rule-pages' {
  export interface RulePageArticle {
    lawId?: string;
    article: number;
    /** 《中华人民共和国民法典》第一千条 */
    heading: string;
    version?: string;
    text?: string;
    /** The doctrine's one line on the article, where it leans on it. */
    note?: string;
    /** Why no text can be shown (unknown law, no such article). */
    problem?: string;
  }

  export interface RulePageSource {
    /** As the rule's metadata names it: [Xu §4(2)], 《民法典》第1000条第1款 … */
    source: string;
    kind: 'doctrine' | 'statute' | 'other';
    zh: string;
    en: string;
    /** For statute sources: the law the title resolves to (absent when unknown). */
    lawId?: string;
    articles: RulePageArticle[];
  }

  export interface RulePageExample {
    /** Path of the fixture, relative to the repository. */
    file: string;
    /** The fixture's `case:` line. */
    caseName: string;
    /** A few lines of the draft around the place that matters. */
    excerpt: string;
    /** For the departing example: the text the finding covers. */
    flagged?: string;
  }

  export interface RulePage {
    code: string;
    slug: string;
    severity: string;
    basis: 'law' | 'doctrine' | 'proposal';
    message: string;
    messageEn?: string;
    /** The catalog row's columns (English, RULES.md). */
    fires?: string;
    silent?: string;
    catalogFixes?: string;
    /** The quick fixes the rule offers, by title. */
    fixes: string[];
    sources: RulePageSource[];
    /** The header comment of the rule's file: what the doctrine says and why the rule reads it so. */
    doctrine: string;
    departing?: RulePageExample;
    correct?: RulePageExample;
    /** How many fires-* and silent-* fixtures the rule has. */
    fixtureCounts: { fires: number; silent: number };
  }

  const data: { pages: Record<string, RulePage> };
  export default data;
}
