import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { t, uiLanguage } from '../../lib/i18n';
import { followTheme } from '../../lib/ui/theme';
import '../../components/styles.css';
import '../../components/library/library.css';

document.title = t('libPageTitle');
document.documentElement.lang = uiLanguage();
followTheme();

render(<LibraryPage />, document.getElementById('app')!);
