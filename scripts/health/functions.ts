/**
 * The longest functions of a source tree, by lines from their first to their last, found with the
 * TypeScript compiler. A function inside another counts on its own and inside its parent's lines.
 */
import ts from 'typescript';
import { lineOf, type SourceTree } from './source';

export interface FunctionSize {
  name: string;
  file: string;
  line: number;
  lines: number;
}

type FunctionNode = ts.FunctionLikeDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** A readable name: its own, the variable or property it is assigned to, or the call it is handed to. */
function nameOf(node: FunctionNode, syntax: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(syntax);
  const parent = node.parent;
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  ) {
    return parent.name.getText(syntax);
  }
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression.getText(syntax).replace(/\s+/g, ' ');
    const first = parent.arguments[0];
    const title = first && ts.isStringLiteralLike(first) ? `'${first.text.slice(0, 40)}', …` : '…';
    return `${callee.length > 40 ? `${callee.slice(0, 40)}…` : callee}(${title}) callback`;
  }
  if (ts.isJsxExpression(parent)) return jsxPlaceOf(parent, syntax);
  return '(anonymous)';
}

/** A function written in JSX: `<QueryState>` child (a render function) or `onClick` attribute. */
function jsxPlaceOf(expression: ts.JsxExpression, syntax: ts.SourceFile): string {
  const holder = expression.parent;
  if (ts.isJsxAttribute(holder)) return `${holder.name.getText(syntax)} handler`;
  if (ts.isJsxElement(holder)) return `<${holder.openingElement.tagName.getText(syntax)}> render function`;
  return '(anonymous)';
}

export function largestFunctions(tree: SourceTree, count: number): FunctionSize[] {
  const found: FunctionSize[] = [];
  for (const file of tree.files) {
    const { syntax } = file;
    const visit = (node: ts.Node): void => {
      if (isFunction(node) && node.body) {
        const line = lineOf(syntax, node);
        const last = syntax.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
        found.push({ name: nameOf(node, syntax), file: file.path, line, lines: last - line + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(syntax);
  }
  return found.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file)).slice(0, count);
}
