/**
 * The rule registry: an explicit, ordered list. Codes are a public contract: a retired
 * rule stays here as a comment so that its code is never reused.
 */
import type { Rule } from './rule';
import { GAI001 } from './GAI001';
import { GAI002 } from './GAI002';
import { GAI003 } from './GAI003';
import { GAI004 } from './GAI004';
import { GAI005 } from './GAI005';
import { GAI006 } from './GAI006';
import { GAI007 } from './GAI007';
import { GAI008 } from './GAI008';
import { GAI009 } from './GAI009';
import { GAI010 } from './GAI010';
import { GAI011 } from './GAI011';
import { GAI012 } from './GAI012';
import { GAI013 } from './GAI013';
import { GAI014 } from './GAI014';
import { GAI015 } from './GAI015';
import { GAI016 } from './GAI016';
import { GAI017 } from './GAI017';
import { GAI018 } from './GAI018';
import { GAI019 } from './GAI019';
import { GAI020 } from './GAI020';
import { GAI021 } from './GAI021';
import { DOC001 } from './DOC001';
import { DOC002 } from './DOC002';
import { DOC003 } from './DOC003';
import { DOC004 } from './DOC004';
import { DOC005 } from './DOC005';
import { DOC006 } from './DOC006';
import { PL001 } from './PL001';
import { PL002 } from './PL002';
import { PL003 } from './PL003';
import { PL004 } from './PL004';
import { PL005 } from './PL005';
import { PL006 } from './PL006';
import { PL007 } from './PL007';
import { PL008 } from './PL008';
import { PL009 } from './PL009';
import { PL010 } from './PL010';
import { PL011 } from './PL011';
import { CITE001 } from './CITE001';
import { CITE002 } from './CITE002';
import { CITE003 } from './CITE003';
import { CITE004 } from './CITE004';
import { CITE005 } from './CITE005';
import { CITE006 } from './CITE006';
import { CITE007 } from './CITE007';

export const RULES: readonly Rule[] = [
  GAI001, GAI002, GAI003, GAI004, GAI005, GAI006, GAI007, GAI008, GAI009, GAI010, GAI011,
  GAI012, GAI013, GAI014, GAI015, GAI016, GAI017, GAI018, GAI019, GAI020, GAI021,
  PL001, PL002, PL003, PL004, PL005, PL006, PL007, PL008, PL009, PL010, PL011,
  DOC001, DOC002, DOC003, DOC004, DOC005, DOC006,
  CITE001, CITE002, CITE003, CITE004, CITE005, CITE006, CITE007,
];
