import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { t, uiLanguage } from '../../lib/i18n';
import { followTheme } from '../../lib/ui/theme';
import '../../components/styles.css';

document.title = `${t('extName')}: ${t('optionsTitle')}`;
document.documentElement.lang = uiLanguage();
followTheme();

render(<OptionsPage />, document.getElementById('app')!);
