/**
 * On an embed page inside a frame: tells the host page how tall the chart is, now and whenever
 * that changes (fonts arriving, a narrower frame), so the host's resize script can fit the iframe.
 */
import { HEIGHT_MESSAGE } from '../lib/reader/embed-message';

const root = document.querySelector<HTMLElement>('.embed');
if (root && window.parent !== window) {
  const post = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: root.offsetHeight, id: root.dataset['chart'] }, '*');
  new ResizeObserver(post).observe(root);
  post();
}
