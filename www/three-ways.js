// The JavaScript-API example of three-ways.html.
import { mount } from '../pkg/migration-atlas.js';

window.atlasByApi = mount(document.querySelector('#by-api'), { view: 'table', urlKey: 'none' });
