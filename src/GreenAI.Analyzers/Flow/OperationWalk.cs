using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The operations under a root, depth first in the order of Roslyn's <c>IOperation.Descendants()</c>, without what that extension
/// allocates per walk (an iterator object and a stack): the rules walk loop bodies and method bodies for every model
/// call, and those allocations were a quarter of what GreenAI allocated in the benchmark. The stack is explicit, so a
/// deep tree cannot overflow the thread's stack; each thread keeps a few stacks for reuse (walks nest).
/// </summary>
internal static class OperationWalk
{
    private const int CachedStacks = 4;

    [ThreadStatic]
    private static Stack<IOperation.OperationList.Enumerator>?[]? PerThreadStacks;

    public static Walk Descendants(IOperation root) => new(root, includeSelf: false);

    public static Walk DescendantsAndSelf(IOperation root) => new(root, includeSelf: true);

    public readonly struct Walk
    {
        private readonly IOperation _root;
        private readonly bool _includeSelf;

        public Walk(IOperation root, bool includeSelf)
        {
            _root = root;
            _includeSelf = includeSelf;
        }

        public Enumerator GetEnumerator() => new(_root, _includeSelf);
    }

    public struct Enumerator : IDisposable
    {
        private IOperation? _root;
        private bool _selfPending;
        private Stack<IOperation.OperationList.Enumerator>? _stack;

        public Enumerator(IOperation root, bool includeSelf)
        {
            _root = root;
            _selfPending = includeSelf;
            _stack = null;
            Current = null!;
        }

        public IOperation Current { get; private set; }

        public bool MoveNext()
        {
            if (_selfPending)
            {
                _selfPending = false;
                Current = _root!;
                return true;
            }

            if (_stack == null)
            {
                if (_root == null)
                {
                    return false;
                }

                _stack = Rent();
                _stack.Push(_root.ChildOperations.GetEnumerator());
                _root = null;
            }

            while (_stack.Count > 0)
            {
                var children = _stack.Pop();
                if (!children.MoveNext())
                {
                    continue;
                }

                var child = children.Current;
                _stack.Push(children);
                if (child != null)
                {
                    Current = child;
                    _stack.Push(child.ChildOperations.GetEnumerator());
                    return true;
                }
            }

            return false;
        }

        public void Dispose()
        {
            if (_stack != null)
            {
                Return(_stack);
                _stack = null;
            }
        }
    }

    private static Stack<IOperation.OperationList.Enumerator> Rent()
    {
        var stacks = PerThreadStacks;
        if (stacks != null)
        {
            for (int i = 0; i < stacks.Length; i++)
            {
                if (stacks[i] is { } stack)
                {
                    stacks[i] = null;
                    return stack;
                }
            }
        }

        return new Stack<IOperation.OperationList.Enumerator>();
    }

    private static void Return(Stack<IOperation.OperationList.Enumerator> stack)
    {
        stack.Clear(); // drops the references to the tree, which must not outlive its compilation
        var stacks = PerThreadStacks ??= new Stack<IOperation.OperationList.Enumerator>?[CachedStacks];
        for (int i = 0; i < stacks.Length; i++)
        {
            if (stacks[i] == null)
            {
                stacks[i] = stack;
                return;
            }
        }
    }
}
