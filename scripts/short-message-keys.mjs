// Shortens the names of the widget's texts in the script-tag bundle. Every language's chunk carries the name of
// each of its texts, and the script names a text wherever it shows one, so names written to explain themselves
// (`concernMoreInfoNewWindow`) cost every citizen's download some 500 B. The bundle calls them `$0`, `$1`, …
// instead; the sources, the npm package and the tests keep the real names.
//
// Only a text the type checker finds nowhere but in the texts' own places is shortened: declared in
// `BookingMessages` or `MoreMessages`, written in a language's texts, and read as a property of them
// (`l.messages.heldUntil`, `m.heldUntil`). A name that also appears in any other way, as a string (a text
// looked up by a key that is data, such as a flow's hint) or as any other identifier, keeps its name. Texts
// used as data (`Object.keys(m)`, `JSON.stringify(m)`, a cast or a spread to a type without them) fail the
// build, since the names would be read there. The bundle is checked afterwards: no shortened name may be left.
import { dirname } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) if (child && typeof child.type === 'string') walk(child, visit);
  }
}

/** The identifier naming a property in an ESTree node: `x.name` or `{ name: x }`, else null. */
function propertyName(node) {
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property;
  if (node.type === 'Property' && !node.computed && !node.shorthand && node.key.type === 'Identifier') return node.key;
  return null;
}

/** The texts' names that may be shortened, sorted: those used only as the names of texts (see above). */
export function shortenableMessageKeys(tsconfig = 'tsconfig.build.json') {
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { fileNames, options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(tsconfig));
  const program = ts.createProgram(fileNames, options);
  const checker = program.getTypeChecker();
  const declarations = program
    .getSourceFiles()
    .find((file) => file.fileName.endsWith('/src/i18n/messages.ts'))
    ?.statements.filter(
      (statement) => ts.isInterfaceDeclaration(statement) && /^(Booking|More)Messages$/.test(statement.name.text),
    )
    .flatMap((declaration) => declaration.members);
  if (declarations?.length === undefined || declarations.length < 2) throw new Error('src/i18n/messages.ts not found');
  const members = new Set(declarations);
  const keys = new Set(declarations.map((member) => member.name.getText()));
  const isText = (symbol) => !!symbol?.declarations?.some((declaration) => members.has(declaration));
  const refused = new Set();
  const hasTexts = (type) => !!type && (type.isUnion() ? type.types.some(hasTexts) : type.getProperties().some(isText));
  const where = (node) => {
    const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
    return `${node.getSourceFile().fileName}:${line + 1}`;
  };
  /**
   * An object of texts that leaves their type: handed, assigned or returned as a type without them
   * (`Object.keys(m)`, `JSON.stringify({ m })`, `const o: object = m`), spread into one, cast to one, or
   * searched by `for … in` or `in`. Its names would be read as data there, which the build cannot follow. (A
   * generic helper that takes any `T` still hides it.)
   */
  const isCast = (node) => ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
  const leavesTheirType = (node) => {
    const { parent } = node;
    if (ts.isForInStatement(parent)) return parent.expression === node;
    // Destructuring names each text it takes, and those names are checked as identifiers.
    if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) return false;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InKeyword) {
      return parent.right === node;
    }
    if (isCast(parent)) {
      // `m as never as Texts & Record<string, string>` keeps the texts' type, and its lookups are checked.
      const keepsTexts = (cast) => isCast(cast) && hasTexts(checker.getTypeAtLocation(cast));
      return !keepsTexts(parent) && !keepsTexts(parent.parent);
    }
    const target = ts.isSpreadAssignment(parent) ? parent.parent : node;
    // Inside objects or arrays handed on as a whole (`JSON.stringify({ a: [{ m }] })`): the outermost one's context.
    let inside = target;
    let contextual = checker.getContextualType(inside);
    while (!contextual) {
      const around = inside.parent;
      const holder =
        (ts.isPropertyAssignment(around) && around.initializer === inside) || ts.isShorthandPropertyAssignment(around)
          ? around.parent
          : ts.isArrayLiteralExpression(around)
            ? around
            : null;
      if (!holder) break;
      inside = holder;
      contextual = checker.getContextualType(inside);
    }
    // A type still to be inferred (a generic's `T`) says nothing yet: the value's type goes on, and is checked.
    const open = (type) => type.isTypeParameter() || (type.isUnion() && type.types.some(open));
    return !!contextual && !open(contextual) && !hasTexts(contextual);
  };

  const visit = (node) => {
    if (
      ts.isExpression(node) &&
      !ts.isLiteralExpression(node) &&
      hasTexts(checker.getTypeAtLocation(node)) &&
      leavesTheirType(node)
    ) {
      throw new Error(
        `${where(node)}: the texts are used as data (${node.parent.getText().slice(0, 60)}); ` +
          'read each text by its name, so that the build can shorten the names.',
      );
    }
    if (ts.isIdentifier(node) && keys.has(node.text)) {
      const { parent } = node;
      const declared = members.has(parent) && parent.name === node;
      const read =
        ts.isPropertyAccessExpression(parent) && parent.name === node && isText(checker.getSymbolAtLocation(node));
      // A text written into an object that is a language's texts (its type says so).
      const written =
        ts.isPropertyAssignment(parent) &&
        parent.name === node &&
        isText(checker.getContextualType(parent.parent)?.getProperty(node.text));
      if (!declared && !read && !written) refused.add(node.text);
    } else if (ts.isStringLiteralLike(node) && keys.has(node.text)) {
      refused.add(node.text);
    } else if (ts.isElementAccessExpression(node)) {
      const object = checker.getTypeAtLocation(node.expression);
      if (object.getProperties().some(isText)) {
        // A text looked up by a key known only when the widget runs: the keys it may be keep their names.
        const key = checker.getTypeAtLocation(node.argumentExpression);
        const candidates = key.isUnion() ? key.types : [key];
        for (const candidate of candidates) {
          if (!candidate.isStringLiteral()) {
            throw new Error(
              `${where(node)}: a text is looked up by a key of type ` +
                `${checker.typeToString(key)}; give the key a union of literal types, so that the build knows it.`,
            );
          }
          refused.add(candidate.value);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (!file.isDeclarationFile) visit(file);
  return [...keys].filter((key) => !refused.has(key)).sort();
}

/**
 * The rollup plugin: shortens the texts' names in the modules of `dist/npm/` (tsc's output of the sources that
 * `tsconfig` compiles), and checks the bundle.
 */
export function shortMessageKeys({ tsconfig = 'tsconfig.build.json' } = {}) {
  let names = new Map();
  return {
    name: 'short-message-keys',
    buildStart() {
      names = new Map(shortenableMessageKeys(tsconfig).map((key, index) => [key, `$${index.toString(36)}`]));
    },
    transform(code, id) {
      if (!id.includes('/dist/npm/')) return null;
      const shortened = new MagicString(code);
      walk(this.parse(code), (node) => {
        const name = propertyName(node);
        if (!name) return;
        if (/^\$[0-9a-z]+$/.test(name.name)) this.error(`${id}: the property ${name.name} looks like a shortened text`);
        if (names.has(name.name)) shortened.overwrite(name.start, name.end, names.get(name.name));
      });
      return shortened.hasChanged()
        ? { code: shortened.toString(), map: shortened.generateMap({ hires: true }) }
        : null;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        walk(this.parse(chunk.code), (node) => {
          const name = propertyName(node);
          if (name && names.has(name.name)) this.error(`${chunk.fileName} still names the text ${name.name}`);
        });
      }
    },
  };
}
