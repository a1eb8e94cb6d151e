// callonstack_amd64.S — mgo_rt_callonstack(sp, fn, arg): runs fn(arg) with the stack
// pointer at `sp` (the top of a new stack segment, 16-byte aligned), then returns on the
// caller's stack. Used by runtime/stack.cc to continue a call on a new segment.
//
// The caller's frame is found through %rbp, which the CFI names as the CFA register, so
// gdb, libgcc's unwinder and perf walk from the new segment back into the old one.
// fn may park the goroutine (it then resumes on another thread with the same stacks) or
// never return (a recovered panic longjmps to an older frame; stack.cc's stackunwind
// restores the segment chain).
	.text
	.globl	mgo_rt_callonstack
	.type	mgo_rt_callonstack, @function
	.p2align 4
mgo_rt_callonstack:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	andq	$-16, %rdi
	movq	%rdi, %rsp		// new segment
	movq	%rdx, %rdi		// arg
	callq	*%rsi			// fn(arg)
	movq	%rbp, %rsp		// back on the caller's segment
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
	.cfi_endproc
	.size	mgo_rt_callonstack, .-mgo_rt_callonstack
	.section	.note.GNU-stack,"",@progbits
