/**
 * Which elements of a saved web page are site furniture (menus, share buttons, cookie notices,
 * ads) rather than the article. Furniture is classified, never dropped: the editor sees it dimmed
 * and the aligner still pairs it with its translation.
 */

const FURNITURE_TAGS = new Set(['nav', 'aside', 'button', 'dialog', 'menu']);

/**
 * header and footer are page furniture only outside an article (as in ARIA's banner and
 * contentinfo); inside one they hold its title, byline and tags.
 */
const PAGE_SCOPED_TAGS = new Set(['header', 'footer']);
export const SECTIONING_TAGS = new Set(['article', 'main', 'section']);

const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'complementary',
]);

/**
 * Words in class names and ids that mark furniture, matched against whole parts of the name
 * (split at -, _, spaces and camelCase humps) so that "download" or "header" do not match "ad".
 */
const FURNITURE_WORDS = new Set([
  'menu',
  'nav',
  'navbar',
  'navigation',
  'share',
  'sharing',
  'social',
  'socials',
  'cookie',
  'cookies',
  'consent',
  'breadcrumb',
  'breadcrumbs',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'adv',
  'adfox',
  'banner',
  'promo',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'newsletter',
  'sidebar',
  'toolbar',
  'popup',
  'modal',
]);

/** Elements whose class or id never decide: a class like "has-nav" on <body> must not swallow the page. */
const CLASS_IMMUNE_TAGS = new Set(['html', 'body', 'main', 'article']);

export interface ElementLike {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): unknown;
}

/**
 * Whether this element makes its content furniture. insideSection says whether an article, main
 * or section encloses it.
 */
export function isFurnitureElement(element: ElementLike, tag: string, insideSection: boolean): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  // Some sites put the article's title in a bare <header> of the body; a header with the h1 is the article's.
  if (PAGE_SCOPED_TAGS.has(tag) && !insideSection) return !(tag === 'header' && element.querySelector('h1'));
  const role = element.getAttribute('role');
  if (role && role.trim().toLowerCase().split(/\s+/).some((r) => FURNITURE_ROLES.has(r))) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (CLASS_IMMUNE_TAGS.has(tag)) return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!hasFurnitureWord(names)) return false;
  // A wrapper named "page-with-menu" that holds the article's title is the page, not its menu.
  return !element.querySelector('h1, article, main');
}

export function hasFurnitureWord(names: string): boolean {
  if (!names.trim()) return false;
  const parts = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return parts.some((part) => FURNITURE_WORDS.has(part));
}
