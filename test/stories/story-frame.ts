/**
 * Loads one built story (`storybook-static/iframe.html?id=…`) in an iframe and reports what a person would
 * see: whether it rendered, its text (through shadow roots), its errors, and what axe finds in it.
 */

declare global {
  interface Window {
    __storyErrors?: string[];
    axe?: { run: (context: Element, options: object) => Promise<{ violations: AxeViolation[] }> };
  }
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

const STATIC = '/storybook-static';

export async function loadIndex(): Promise<StoryEntry[]> {
  const response = await fetch(`${STATIC}/index.json`);
  if (!response.ok) {
    throw new Error(`${STATIC}/index.json is missing (${response.status}): run "npm run build-storybook" first.`);
  }
  const index = (await response.json()) as { entries: Record<string, StoryEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

let axeSource: Promise<string> | null = null;
function loadAxe(): Promise<string> {
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((response) => {
    if (!response.ok) throw new Error('axe-core could not be loaded');
    return response.text();
  });
  return axeSource;
}

function waitFor<T>(what: string, check: () => T | null | undefined | false, timeoutMs = 15000): Promise<T> {
  const started = performance.now();
  return new Promise<T>((resolve, reject) => {
    const poll = () => {
      let value: T | null | undefined | false;
      try {
        value = check();
      } catch {
        value = null;
      }
      if (value) resolve(value);
      else if (performance.now() - started > timeoutMs) reject(new Error(`Timed out waiting for ${what}`));
      else setTimeout(poll, 25);
    };
    poll();
  });
}

/** Every element in a tree, through open shadow roots. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The visible text of a tree, through open shadow roots (slotted light DOM counted once). */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    // The story's nodes belong to the iframe's realm: `instanceof Element` would be false for them.
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
    if (element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    if (element?.shadowRoot) walk(element.shadowRoot);
    else node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ').trim();
}

export class StoryFrame {
  readonly iframe: HTMLIFrameElement;

  private constructor(iframe: HTMLIFrameElement) {
    this.iframe = iframe;
  }

  /** Opens a story at a width and waits until Storybook has rendered it and its elements have settled. */
  static async open(id: string, width = 1024): Promise<StoryFrame> {
    const iframe = document.createElement('iframe');
    iframe.width = String(width);
    iframe.height = '800';
    iframe.title = id;
    iframe.src = `${STATIC}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
    document.body.append(iframe);
    const frame = new StoryFrame(iframe);
    await waitFor(`story ${id} to render`, () => {
      const body = iframe.contentDocument?.body;
      return body && (body.classList.contains('sb-show-main') || body.classList.contains('sb-show-errordisplay'));
    });
    await frame.settle();
    return frame;
  }

  get document(): Document {
    return this.iframe.contentDocument!;
  }

  get window(): Window {
    return this.iframe.contentWindow!;
  }

  get root(): HTMLElement {
    return this.document.querySelector<HTMLElement>('#storybook-root')!;
  }

  /** Storybook's own error display (a story that threw while rendering). */
  get errorDisplay(): string | null {
    if (!this.document.body.classList.contains('sb-show-errordisplay')) return null;
    return this.document.querySelector('#error-message')?.textContent?.trim() || 'Storybook error display shown';
  }

  get errors(): string[] {
    return [...(this.window.__storyErrors ?? [])];
  }

  get text(): string {
    return deepText(this.root);
  }

  /** The civic-* elements of the story, through shadow roots. */
  get elements(): Element[] {
    return [...deepElements(this.root)].filter((element) => element.localName.startsWith('civic-'));
  }

  /** Waits for pending element updates, loaders and adapter answers (the demo office answers in a tick). */
  async settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      await Promise.all(
        this.elements.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
      );
    }
  }

  /** Runs axe inside the story's document, on the story's root. */
  async axe(): Promise<AxeViolation[]> {
    if (!this.window.axe) {
      const script = this.document.createElement('script');
      script.textContent = await loadAxe();
      this.document.head.append(script);
    }
    // Storybook's accessibility panel may be running axe in the same window right now: wait for it.
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await this.window.axe!.run(this.root, { resultTypes: ['violations'] });
        return result.violations;
      } catch (error) {
        if (attempt > 100 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** How far the story is wider than its frame, in CSS pixels (0 when nothing overflows sideways). */
  get horizontalOverflow(): number {
    const element = this.document.documentElement;
    return Math.max(0, element.scrollWidth - element.clientWidth);
  }

  close(): void {
    this.iframe.remove();
  }
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id}: ${violation.help}\n${violation.nodes
          .slice(0, 3)
          .map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}
