import type { Rule } from './types.js';
import { partyRef } from './party-ref.js';
import { recordRequired } from './record-required.js';
import { uniqueId } from './unique-id.js';
import { legalBasisValid } from './legal-basis-valid.js';
import { legalBasisInstrument } from './legal-basis-instrument.js';
import { articleNotation } from './article-notation.js';
import { regimeCitation } from './regime-citation.js';
import { consentWithdrawal } from './consent-withdrawal.js';
import { specialCategoryCondition } from './special-category-condition.js';
import { furtherCondition } from './further-condition.js';
import { transferSafeguard } from './transfer-safeguard.js';
import { transferUndeclared } from './transfer-undeclared.js';
import { derogationOccasional } from './derogation-occasional.js';
import { recipientLocation } from './recipient-location.js';
import { processorContract } from './processor-contract.js';
import { processorInstructions } from './processor-instructions.js';
import { processorOwnPurposes } from './processor-own-purposes.js';
import { jointControllerArrangement } from './joint-controller-arrangement.js';
import { retentionPeriod } from './retention-period.js';
import { retentionStart } from './retention-start.js';
import { automatedDecisionInfo } from './automated-decision-info.js';
import { sourceRequired } from './source-required.js';
import { dpiaRequired } from './dpia-required.js';
import { riskRatingRule } from './risk-rating.js';
import { reviewDue } from './review-due.js';
import { noticeComplete } from './notice-complete.js';
import { controllerContact } from './controller-contact.js';
import { dpoContact } from './dpo-contact.js';
import { purposeSpecific } from './purpose-specific.js';
import { placeholder } from './placeholder.js';

/** Every rule, in the order `privrec rules` lists them. */
export const RULES: readonly Rule[] = [
  recordRequired,
  placeholder,
  uniqueId,
  partyRef,
  legalBasisValid,
  legalBasisInstrument,
  articleNotation,
  regimeCitation,
  consentWithdrawal,
  specialCategoryCondition,
  furtherCondition,
  transferSafeguard,
  transferUndeclared,
  derogationOccasional,
  recipientLocation,
  processorContract,
  processorOwnPurposes,
  processorInstructions,
  jointControllerArrangement,
  controllerContact,
  dpoContact,
  purposeSpecific,
  retentionPeriod,
  retentionStart,
  sourceRequired,
  automatedDecisionInfo,
  dpiaRequired,
  riskRatingRule,
  reviewDue,
  noticeComplete,
];
