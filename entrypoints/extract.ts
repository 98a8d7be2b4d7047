import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFromPage } from '../lib/page-extraction';

// Injected on the reader's click (activeTab + scripting); its return value is the
// executeScript result.
export default defineUnlistedScript(() => extractFromPage(document, location.href, getSelection()?.toString() ?? ''));
