// Builds DOM from data. Article text and metadata are hostile: they only ever become text nodes or
// vetted attributes, never HTML, and only http(s) URLs become links.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** The URL when it is http(s), else null: "javascript:", "data:" and friends never become links. */
export function safeUrl(url) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link when the URL is safe, plain text otherwise. */
export function link(url, text) {
  const href = safeUrl(url);
  return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text ?? href) : el('span', { class: 'unsafe-url' }, text ?? url ?? '');
}

export const fmt = (n) => (n == null ? '–' : Number(n).toLocaleString('en'));
