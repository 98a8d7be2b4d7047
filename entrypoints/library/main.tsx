import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { libraryStrings } from '../../lib/ui/library-strings';
import '../../components/styles.css';
import '../../components/library/library.css';

const t = libraryStrings();
document.title = t.pageTitle;
document.documentElement.lang = navigator.language || 'en';

render(<LibraryPage />, document.getElementById('app')!);
