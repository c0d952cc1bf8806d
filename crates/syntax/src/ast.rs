//! The spanned abstract syntax tree of the mini-js subset.
//!
//! The tree is what the parser produces and what the evaluator machine walks. Every node that
//! can be the site of a runtime error or a trace event carries a byte-offset [`Span`].
//! Function and class bodies sit behind `Rc` so that a function object can hold its code
//! cheaply; everything else is owned.

use std::cell::OnceCell;
use std::rc::Rc;

/// A half-open byte range `start..end` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The source text of a function or class (for Function.prototype.toString): a span of the one
/// shared script text, never a copy, so that nested functions cost memory linear in the source.
/// Reads as a `str` (`Deref`, `Display`, `Debug`).
#[derive(Clone)]
pub struct SourceText {
    text: Rc<str>,
    span: Span,
}

impl SourceText {
    /// The text of `span` in `text`; an out-of-range span reads as the empty string.
    pub fn new(text: Rc<str>, span: Span) -> SourceText {
        let span = if text.get(span.range()).is_some() {
            span
        } else {
            Span::default()
        };
        SourceText { text, span }
    }

    /// Where the text lies in the script.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The whole script text this is a part of (shared, not copied).
    pub fn script(&self) -> &Rc<str> {
        &self.text
    }
}

impl std::ops::Deref for SourceText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text[self.span.range()]
    }
}

impl std::fmt::Display for SourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&**self, f)
    }
}

impl std::fmt::Debug for SourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

/// An identifier name. Cheap to clone and compare.
pub type Atom = Rc<str>;

/// A string value as ECMAScript sees it: a sequence of UTF-16 code units (lone surrogates allowed).
pub type Utf16 = Rc<[u16]>;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: Atom,
    pub span: Span,
}

/// A whole script (ECMA-262 §16.1 Scripts).
#[derive(Debug)]
pub struct Program {
    pub body: Vec<Stmt>,
    /// The script starts with a "use strict" directive.
    pub strict: bool,
    pub span: Span,
}

// ───────────────────────────── statements ─────────────────────────────

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Empty,
    Expr(Box<Expr>),
    /// `var`, `let` or `const` declarations.
    VarDecl(VarDecl),
    FunctionDecl(Rc<Function>),
    ClassDecl(Rc<Class>),
    Block(Vec<Stmt>),
    If {
        test: Box<Expr>,
        cons: Box<Stmt>,
        alt: Option<Box<Stmt>>,
    },
    For {
        init: Option<ForInit>,
        test: Option<Box<Expr>>,
        update: Option<Box<Expr>>,
        body: Box<Stmt>,
    },
    ForIn {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
    },
    /// `for (… of …)` and, with `is_await`, `for await (… of …)`.
    ForOf {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
        is_await: bool,
    },
    While {
        test: Box<Expr>,
        body: Box<Stmt>,
    },
    DoWhile {
        body: Box<Stmt>,
        test: Box<Expr>,
    },
    Return(Option<Box<Expr>>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Throw(Box<Expr>),
    Try {
        block: Vec<Stmt>,
        handler: Option<CatchClause>,
        finalizer: Option<Vec<Stmt>>,
    },
    Switch {
        discriminant: Box<Expr>,
        cases: Vec<SwitchCase>,
    },
    Labeled {
        label: Ident,
        body: Box<Stmt>,
    },
    Debugger,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

#[derive(Debug)]
pub struct VarDecl {
    pub kind: VarKind,
    pub decls: Vec<VarDeclarator>,
    pub span: Span,
}

#[derive(Debug)]
pub struct VarDeclarator {
    pub target: Pattern,
    pub init: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Debug)]
pub enum ForInit {
    VarDecl(VarDecl),
    Expr(Box<Expr>),
}

/// The left-hand side of a for-in/for-of head.
#[derive(Debug)]
pub enum ForHead {
    /// `for (var x of …)`, `for (let [a, b] of …)`, `for (const {k} of …)`: exactly one
    /// declarator and no initializer.
    Decl { kind: VarKind, target: Pattern },
    /// `for (x of …)`, `for (o.p of …)`, `for ([a, b] of …)`: an assignment target.
    Pattern(Pattern),
}

#[derive(Debug)]
pub struct CatchClause {
    /// `None` for an optional catch binding: `catch { … }`.
    pub param: Option<Pattern>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct SwitchCase {
    /// `None` for `default:`.
    pub test: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

// ───────────────────────────── expressions ─────────────────────────────

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// The number of nodes of this expression when it has the shape of a pure expression
    /// (literals, names, `this`, operators other than `in`/`instanceof`/`delete`, and
    /// non-optional property reads) of at most [`Expr::MAX_PURE_NODES`] nodes; 0 otherwise.
    /// The evaluator evaluates such an expression in one step when the values it meets
    /// cannot run user code (see the engine's `runtime_semantics::pure`).
    pub pure_nodes: u8,
    /// For an identifier: where its binding was last found, `(hops + 1) << 16 | index`
    /// (0: not yet). A cache the evaluator keeps: the declarative environments around a
    /// piece of code have the same bindings each time it runs, so the binding a name
    /// resolved to is found again in as many steps outward, at the same index.
    pub binding_cache: std::cell::Cell<u32>,
    /// For an identifier that named a property of the global object, the evaluator's inline
    /// caches: in the low 32 bits, that property's position in the object's property
    /// storage, plus one (0: none), checked against the key found there before it is
    /// trusted; in the high 32 bits, how many bindings the global environment's
    /// declarative part had, plus one, when the name was found absent from it (the part
    /// only grows, so the same count means it is still absent).
    pub global_slot: std::cell::Cell<u64>,
}

impl Expr {
    /// The largest pure expression evaluated at once: bounds the work thrown away when its
    /// values turn out to need the step-by-step evaluation.
    pub const MAX_PURE_NODES: u8 = 48;

    pub fn new(kind: ExprKind, span: Span) -> Expr {
        let pure_nodes = pure_nodes(&kind);
        Expr {
            kind,
            span,
            pure_nodes,
            binding_cache: std::cell::Cell::new(0),
            global_slot: std::cell::Cell::new(0),
        }
    }
}

/// [`Expr::pure_nodes`] of a node, from its children's.
fn pure_nodes(kind: &ExprKind) -> u8 {
    fn sum(children: &[&Expr]) -> u8 {
        let mut n: u32 = 1;
        for c in children {
            if c.pure_nodes == 0 {
                return 0;
            }
            n += c.pure_nodes as u32;
        }
        if n > Expr::MAX_PURE_NODES as u32 {
            0
        } else {
            n as u8
        }
    }
    match kind {
        ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Ident(_)
        | ExprKind::This => 1,
        ExprKind::Paren(inner) => sum(&[inner]),
        ExprKind::Binary { op, left, right } => match op {
            BinaryOp::In | BinaryOp::InstanceOf => 0,
            _ => sum(&[left, right]),
        },
        ExprKind::Logical { left, right, .. } => sum(&[left, right]),
        ExprKind::Conditional { test, cons, alt } => sum(&[test, cons, alt]),
        ExprKind::Unary { op, arg } => match op {
            UnaryOp::Delete => 0,
            _ => sum(&[arg]),
        },
        ExprKind::Member {
            object,
            property,
            optional: false,
        } => match property {
            MemberProp::Ident(_) => sum(&[object]),
            MemberProp::Computed(key) => sum(&[object, key]),
            MemberProp::Private(_) => 0,
        },
        _ => 0,
    }
}

#[derive(Debug)]
pub enum ExprKind {
    Number(f64),
    /// A BigInt literal (`10n`).
    BigInt(Rc<num_bigint::BigInt>),
    String(Utf16),
    /// A RegularExpressionLiteral (§13.2.7): evaluation makes a new RegExp each time.
    RegExp(Rc<crate::regexp::RegExpLiteral>),
    /// An untagged template literal: `quasis.len() == exprs.len() + 1`.
    Template(Rc<Template>),
    TaggedTemplate {
        tag: Box<Expr>,
        quasi: Rc<Template>,
    },
    Bool(bool),
    Null,
    Ident(Atom),
    This,
    Array(Vec<ArrayElement>),
    Object(Vec<PropDef>),
    Function(Rc<Function>),
    /// Arrow functions, `async` ones included (`Function::kind == FunctionKind::Arrow`).
    Arrow(Rc<Function>),
    Class(Rc<Class>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    Update {
        op: UpdateOp,
        prefix: bool,
        /// An identifier or a member expression.
        target: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `#x in obj`.
    PrivateIn {
        name: Ident,
        right: Box<Expr>,
    },
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `target op= value`. For `op == AssignOp::Assign` the target may be a destructuring
    /// pattern; for every other operator it is an identifier or a member expression
    /// (`Pattern::Ident` or `Pattern::Expr`).
    Assign {
        op: AssignOp,
        target: Box<Pattern>,
        value: Box<Expr>,
    },
    Conditional {
        test: Box<Expr>,
        cons: Box<Expr>,
        alt: Box<Expr>,
    },
    /// `callee(args)`; `optional` for `callee?.(args)`.
    Call {
        callee: Box<Expr>,
        args: Vec<Argument>,
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Argument>,
    },
    /// `object.name`, `object[expr]`, `object.#priv`; `optional` for `object?.…`.
    Member {
        object: Box<Expr>,
        property: MemberProp,
        optional: bool,
    },
    /// `super.name` / `super[expr]`.
    SuperMember {
        property: MemberProp,
    },
    /// `super(args)` in a derived constructor.
    SuperCall {
        args: Vec<Argument>,
    },
    /// The boundary of an optional chain: `a?.b.c` is `OptionalChain(Member(Member(a, b,
    /// optional), c))`. A short-circuit anywhere inside yields `undefined` for the whole chain.
    OptionalChain(Box<Expr>),
    /// `a, b, c`.
    Sequence(Vec<Expr>),
    /// `yield`, `yield expr`, `yield* expr`.
    Yield {
        arg: Option<Box<Expr>>,
        delegate: bool,
    },
    Await(Box<Expr>),
    /// `new.target`.
    NewTarget,
    /// A parenthesized expression, kept because `(a?.b).c` ends an optional chain and
    /// `(x) = 1` / `(a.b) = 1` are still simple assignment targets.
    Paren(Box<Expr>),
}

#[derive(Debug)]
pub struct Template {
    /// Cooked strings; `None` only in tagged templates with an invalid escape.
    pub cooked: Vec<Option<Utf16>>,
    pub raw: Vec<Utf16>,
    pub exprs: Vec<Expr>,
    pub span: Span,
    /// One template object per site (ECMA-262 GetTemplateObject caches by Parse Node).
    pub site_id: u32,
}

#[derive(Debug)]
pub enum ArrayElement {
    Hole,
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum Argument {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum MemberProp {
    /// `.name`
    Ident(Ident),
    /// `[expr]`
    Computed(Box<Expr>),
    /// `.#name`
    Private(Ident),
}

/// A property name in an object literal, a class body or an object pattern.
#[derive(Debug)]
pub enum PropKey {
    Ident(Ident),
    String(Utf16, Span),
    Number(f64, Span),
    Computed(Box<Expr>),
    /// `#name` (class members only).
    Private(Ident),
}

/// A property definition in an object literal.
#[derive(Debug)]
pub enum PropDef {
    /// `key: value`
    KeyValue { key: PropKey, value: Expr },
    /// `name`
    Shorthand(Ident),
    /// `key() {}`, `get key() {}`, `set key(v) {}`, `async key() {}`, `*key() {}`.
    Method {
        key: PropKey,
        kind: MethodKind,
        func: Rc<Function>,
    },
    /// `...expr`
    Spread(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    Get,
    Set,
}

// ───────────────────────────── patterns ─────────────────────────────

/// A binding pattern (declarations, parameters, catch) or an assignment pattern.
#[derive(Debug)]
pub enum Pattern {
    Ident(Ident),
    /// An assignment target that is not an identifier: a member expression (only in
    /// assignment patterns, never in bindings).
    Expr(Box<Expr>),
    Object {
        props: Vec<ObjectPatProp>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
    Array {
        /// `None` is an elision: `[, b]`.
        elems: Vec<Option<PatElem>>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
}

/// A pattern with an optional default: `a = 1`.
#[derive(Debug)]
pub struct PatElem {
    pub target: Pattern,
    pub default: Option<Box<Expr>>,
}

/// `key: target = default` or the shorthand `name = default` in an object pattern.
#[derive(Debug)]
pub struct ObjectPatProp {
    pub key: PropKey,
    pub value: PatElem,
    pub shorthand: bool,
}

// ───────────────────────────── functions and classes ─────────────────────────────

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// Declarations and expressions: `function f() {}`.
    Normal,
    Arrow,
    /// Concise methods of object literals and classes, getters and setters included.
    Method,
    /// An explicit or implicit class constructor.
    ClassConstructor,
    /// The body of a file run as a module (its top level awaits): evaluated like an async
    /// function's body (ExecuteAsyncModule's AsyncBlockStart, §16.2.1.5.3.2), with `this`
    /// undefined and no arguments object.
    Module,
}

#[derive(Debug)]
pub struct Function {
    pub name: Option<Ident>,
    pub kind: FunctionKind,
    pub is_async: bool,
    pub is_generator: bool,
    pub params: Vec<PatElem>,
    pub rest: Option<Pattern>,
    pub body: FunctionBody,
    /// The function's code is strict (a directive, a class body or an enclosing strict context).
    pub strict: bool,
    pub span: Span,
    /// The source text of the function (for Function.prototype.toString).
    pub source: SourceText,
    /// Filled once by the evaluator: the declarations FunctionDeclarationInstantiation needs.
    pub scope: OnceCell<Rc<dyn std::any::Any>>,
    /// Whether the code may refer to `arguments` (itself or in an arrow function inside
    /// it). True unless the early-error pass found no such reference: without one (and
    /// there is no direct `eval`) the arguments object can never be observed, so a call
    /// need not keep its argument list for one.
    pub may_use_arguments: bool,
}

#[derive(Debug)]
pub enum FunctionBody {
    Block(Vec<Stmt>),
    /// The concise body of an arrow function: `x => x * 2`.
    Expr(Box<Expr>),
}

#[derive(Debug)]
pub struct Class {
    pub name: Option<Ident>,
    pub super_class: Option<Box<Expr>>,
    /// The explicit constructor, if the body has one.
    pub constructor: Option<Rc<Function>>,
    pub members: Vec<ClassMember>,
    pub span: Span,
    pub source: SourceText,
}

#[derive(Debug)]
pub enum ClassMember {
    Method {
        key: PropKey,
        kind: MethodKind,
        is_static: bool,
        func: Rc<Function>,
    },
    Field {
        key: PropKey,
        is_static: bool,
        value: Option<Box<Expr>>,
        span: Span,
    },
    StaticBlock(Vec<Stmt>),
}

// ───────────────────────────── operators ─────────────────────────────

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-`
    Minus,
    /// `+`
    Plus,
    /// `!`
    Not,
    /// `~`
    BitNot,
    TypeOf,
    Void,
    Delete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    Inc,
    Dec,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Shr,
    UShr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    In,
    InstanceOf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    /// `+=`, `-=`, … : the binary operator applied.
    Op(BinaryOp),
    /// `&&=`, `||=`, `??=`.
    Logical(LogicalOp),
}
