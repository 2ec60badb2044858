import type { Contact } from '../record.js';
import { isPartyRef, partyField, partyName } from '../record.js';
import { articlesOf, cite, partyNamePath } from './support.js';
import type { RecordRule } from './types.js';

const CHANNELS = ['email', 'phone', 'address', 'url', 'form', 'fax'] as const;

function reachable(contact: Contact | undefined): boolean {
  return CHANNELS.some((channel) => contact?.[channel] !== undefined);
}

/**
 * Controllers and joint controllers can be contacted. An inline controller without any `contact`
 * is left to record-required, which requires the key; this rule sees what that cannot: parties
 * defined in privrec.yaml, empty contacts and joint controllers.
 */
export const controllerContact: RecordRule = {
  kind: 'record',
  id: 'controller-contact',
  description: 'Every controller and joint controller, inline or from privrec.yaml, has contact details.',
  articles: articlesOf(({ articles }) => [articles.record_controller]),
  severity: 'error',
  presets: ['recommended', 'strict'],
  check(context) {
    const { record, regime, config } = context;
    const parties = [
      ...(record.controllers ?? []).map((entry, index) => ({ entry, path: ['controllers', index], checkedByRecordRequired: !isPartyRef(entry) })),
      ...(record.joint_controllers ?? []).map((entry, index) => ({ entry, path: ['joint_controllers', index], checkedByRecordRequired: false })),
    ];
    for (const { entry, path, checkedByRecordRequired } of parties) {
      if (isPartyRef(entry) && !Object.hasOwn(config.parties, entry.ref)) continue;
      const contact = partyField(entry, config.parties, 'contact');
      if (reachable(contact) || (checkedByRecordRequired && contact === undefined)) continue;
      const ownContact = 'contact' in entry;
      const where = isPartyRef(entry) && !ownContact ? ' in privrec.yaml' : '';
      const message = `${partyName(entry, config.parties, 'This party')} has no contact details${where} (an e-mail or postal address, phone, web address or contact form): ${cite(regime, 'record_controller')} requires the controllers' contact details${context.rendersNotice ? ', and the notice must give them' : ''}.`;
      context.report(ownContact ? { path: [...path, 'contact'], prefer: 'key', message } : { path: partyNamePath(entry, path), message });
    }
  },
};
