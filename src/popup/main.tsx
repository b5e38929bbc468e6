import { render } from 'preact';
import { App } from './components/app';
import { usePopupStore } from './store';

document.documentElement.lang = navigator.language.startsWith('ko') ? 'ko' : 'en';
render(<App />, document.getElementById('app')!);
void usePopupStore.getState().load();
