// GENERATED, DO NOT EDIT. Written by scripts/gen-ops.mjs from the operator schemas of libtorch 1.13.0.
// 1812 operators. Names: <op>_<overload> (aten::add.Tensor -> add_Tensor, aten::add_.Tensor -> add__Tensor).
// Hand-written ergonomic methods live in tensor.ts; this file only makes the whole of ATen callable with types.
//
// Skipped (by rule or by the SKIP list in the generator):
//   argument type not supported (List[__torch__.torch.classes.rnn.CellParamsBase]): 4
//     aten::quantized_gru.data
//     aten::quantized_gru.input
//     aten::quantized_lstm.data
//     aten::quantized_lstm.input
//   argument type not supported (List[number]): 14
//     aten::_foreach_add.ScalarList
//     aten::_foreach_add_.ScalarList
//     aten::_foreach_addcdiv.ScalarList
//     aten::_foreach_addcdiv_.ScalarList
//     aten::_foreach_addcmul.ScalarList
//     aten::_foreach_addcmul_.ScalarList
//     aten::_foreach_div.ScalarList
//     aten::_foreach_div_.ScalarList
//     aten::_foreach_mul.ScalarList
//     aten::_foreach_mul_.ScalarList
//     aten::_foreach_sub.ScalarList
//     aten::_foreach_sub_.ScalarList
//     aten::gradient.scalarrayarray
//     aten::gradient.scalarrayint
//   argument type not supported (List[str]): 18
//     aten::align_to
//     aten::align_to.ellipsis_idx
//     aten::flatten.DimnameList
//     aten::logsumexp.names
//     aten::mean.names_dim
//     aten::norm.names_ScalarOpt_dim
//     aten::norm.names_ScalarOpt_dim_dtype
//     aten::refine_names
//     aten::std.correction_names
//     aten::std.names_dim
//     aten::std_mean.correction_names
//     aten::std_mean.names_dim
//     aten::sum.dim_DimnameList
//     aten::unflatten.Dimname
//     aten::var.correction_names
//     aten::var.names_dim
//     aten::var_mean.correction_names
//     aten::var_mean.names_dim
//   argument type not supported (Optional[List[str]]): 10
//     aten::empty.names
//     aten::full.names
//     aten::ones.names
//     aten::rand.generator_with_names
//     aten::rand.names
//     aten::randn.generator_with_names
//     aten::randn.names
//     aten::rename
//     aten::rename_
//     aten::zeros.names
//   argument type not supported (Storage): 2
//     aten::set.source_Storage
//     aten::set.source_Storage_storage_offset
//   in SKIP (see scripts/gen-ops.mjs): 8
//     aten::_nested_tensor_from_mask_left_aligned
//     aten::_pin_memory
//     aten::_pin_memory.out
//     aten::is_pinned
//     aten::pin_memory
//     aten::record_stream
//     aten::set_.source_Storage
//     aten::set_.source_Storage_storage_offset
//   not in the aten namespace: 238
//   out= variant (use the functional form): 1091
//   return type not supported (Dict[Tensor, Tensor]): 1
//     aten::get_gradients
//   return type not supported (QScheme): 1
//     aten::qscheme
/* eslint-disable */
import type { Tensor } from "./tensor.js";
import { dtypeCode, dtypeName, type DType } from "./dtype.js";
import { op, fail, resolve, th, oth, ths, oths, wrap, wrapOpt, wrapList } from "./runtime.js";

/** A scalar argument: integers stay integral (int tensors keep their dtype), other numbers are doubles. */
export type Scalar = number | boolean;
const dt = (d: DType | null | undefined): number | null | undefined => (d === null || d === undefined ? d : dtypeCode(d));

let ID___and___Scalar = -1;
/** `aten::__and__.Scalar(Tensor self, Scalar other) -> Tensor` */
export function __and___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___and___Scalar < 0) ID___and___Scalar = resolve("aten::__and__", "Scalar");
  try { return wrap(op(ID___and___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___and___Tensor = -1;
/** `aten::__and__.Tensor(Tensor self, Tensor other) -> Tensor` */
export function __and___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___and___Tensor < 0) ID___and___Tensor = resolve("aten::__and__", "Tensor");
  try { return wrap(op(ID___and___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___iand___Scalar = -1;
/** `aten::__iand__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function __iand___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___iand___Scalar < 0) ID___iand___Scalar = resolve("aten::__iand__", "Scalar");
  try { return wrap(op(ID___iand___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___iand___Tensor = -1;
/** `aten::__iand__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function __iand___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___iand___Tensor < 0) ID___iand___Tensor = resolve("aten::__iand__", "Tensor");
  try { return wrap(op(ID___iand___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___ilshift___Scalar = -1;
/** `aten::__ilshift__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function __ilshift___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___ilshift___Scalar < 0) ID___ilshift___Scalar = resolve("aten::__ilshift__", "Scalar");
  try { return wrap(op(ID___ilshift___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___ilshift___Tensor = -1;
/** `aten::__ilshift__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function __ilshift___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___ilshift___Tensor < 0) ID___ilshift___Tensor = resolve("aten::__ilshift__", "Tensor");
  try { return wrap(op(ID___ilshift___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___ior___Scalar = -1;
/** `aten::__ior__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function __ior___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___ior___Scalar < 0) ID___ior___Scalar = resolve("aten::__ior__", "Scalar");
  try { return wrap(op(ID___ior___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___ior___Tensor = -1;
/** `aten::__ior__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function __ior___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___ior___Tensor < 0) ID___ior___Tensor = resolve("aten::__ior__", "Tensor");
  try { return wrap(op(ID___ior___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___irshift___Scalar = -1;
/** `aten::__irshift__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function __irshift___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___irshift___Scalar < 0) ID___irshift___Scalar = resolve("aten::__irshift__", "Scalar");
  try { return wrap(op(ID___irshift___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___irshift___Tensor = -1;
/** `aten::__irshift__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function __irshift___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___irshift___Tensor < 0) ID___irshift___Tensor = resolve("aten::__irshift__", "Tensor");
  try { return wrap(op(ID___irshift___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___ixor___Scalar = -1;
/** `aten::__ixor__.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function __ixor___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___ixor___Scalar < 0) ID___ixor___Scalar = resolve("aten::__ixor__", "Scalar");
  try { return wrap(op(ID___ixor___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___ixor___Tensor = -1;
/** `aten::__ixor__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function __ixor___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___ixor___Tensor < 0) ID___ixor___Tensor = resolve("aten::__ixor__", "Tensor");
  try { return wrap(op(ID___ixor___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___lshift___Scalar = -1;
/** `aten::__lshift__.Scalar(Tensor self, Scalar other) -> Tensor` */
export function __lshift___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___lshift___Scalar < 0) ID___lshift___Scalar = resolve("aten::__lshift__", "Scalar");
  try { return wrap(op(ID___lshift___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___lshift___Tensor = -1;
/** `aten::__lshift__.Tensor(Tensor self, Tensor other) -> Tensor` */
export function __lshift___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___lshift___Tensor < 0) ID___lshift___Tensor = resolve("aten::__lshift__", "Tensor");
  try { return wrap(op(ID___lshift___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___or___Scalar = -1;
/** `aten::__or__.Scalar(Tensor self, Scalar other) -> Tensor` */
export function __or___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___or___Scalar < 0) ID___or___Scalar = resolve("aten::__or__", "Scalar");
  try { return wrap(op(ID___or___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___or___Tensor = -1;
/** `aten::__or__.Tensor(Tensor self, Tensor other) -> Tensor` */
export function __or___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___or___Tensor < 0) ID___or___Tensor = resolve("aten::__or__", "Tensor");
  try { return wrap(op(ID___or___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___rshift___Scalar = -1;
/** `aten::__rshift__.Scalar(Tensor self, Scalar other) -> Tensor` */
export function __rshift___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___rshift___Scalar < 0) ID___rshift___Scalar = resolve("aten::__rshift__", "Scalar");
  try { return wrap(op(ID___rshift___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___rshift___Tensor = -1;
/** `aten::__rshift__.Tensor(Tensor self, Tensor other) -> Tensor` */
export function __rshift___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___rshift___Tensor < 0) ID___rshift___Tensor = resolve("aten::__rshift__", "Tensor");
  try { return wrap(op(ID___rshift___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID___xor___Scalar = -1;
/** `aten::__xor__.Scalar(Tensor self, Scalar other) -> Tensor` */
export function __xor___Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID___xor___Scalar < 0) ID___xor___Scalar = resolve("aten::__xor__", "Scalar");
  try { return wrap(op(ID___xor___Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID___xor___Tensor = -1;
/** `aten::__xor__.Tensor(Tensor self, Tensor other) -> Tensor` */
export function __xor___Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID___xor___Tensor < 0) ID___xor___Tensor = resolve("aten::__xor__", "Tensor");
  try { return wrap(op(ID___xor___Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID__adaptive_avg_pool2d = -1;
/** `aten::_adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor` */
export function _adaptive_avg_pool2d(self: Tensor, output_size: number | number[]): Tensor {
  if (ID__adaptive_avg_pool2d < 0) ID__adaptive_avg_pool2d = resolve("aten::_adaptive_avg_pool2d", "");
  try { return wrap(op(ID__adaptive_avg_pool2d, th(self, "self"), output_size)); } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
}

let ID__adaptive_avg_pool2d_backward = -1;
/** `aten::_adaptive_avg_pool2d_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function _adaptive_avg_pool2d_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID__adaptive_avg_pool2d_backward < 0) ID__adaptive_avg_pool2d_backward = resolve("aten::_adaptive_avg_pool2d_backward", "");
  try { return wrap(op(ID__adaptive_avg_pool2d_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID__adaptive_avg_pool3d = -1;
/** `aten::_adaptive_avg_pool3d(Tensor self, int[3] output_size) -> Tensor` */
export function _adaptive_avg_pool3d(self: Tensor, output_size: number | number[]): Tensor {
  if (ID__adaptive_avg_pool3d < 0) ID__adaptive_avg_pool3d = resolve("aten::_adaptive_avg_pool3d", "");
  try { return wrap(op(ID__adaptive_avg_pool3d, th(self, "self"), output_size)); } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
}

let ID__adaptive_avg_pool3d_backward = -1;
/** `aten::_adaptive_avg_pool3d_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function _adaptive_avg_pool3d_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID__adaptive_avg_pool3d_backward < 0) ID__adaptive_avg_pool3d_backward = resolve("aten::_adaptive_avg_pool3d_backward", "");
  try { return wrap(op(ID__adaptive_avg_pool3d_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID__add_batch_dim = -1;
/** `aten::_add_batch_dim(Tensor self, int batch_dim, int level) -> Tensor` */
export function _add_batch_dim(self: Tensor, batch_dim: number, level: number): Tensor {
  if (ID__add_batch_dim < 0) ID__add_batch_dim = resolve("aten::_add_batch_dim", "");
  try { return wrap(op(ID__add_batch_dim, th(self, "self"), batch_dim, level)); } catch (e) { throw fail(e, ["*self","batch_dim","level"], [self, batch_dim, level]); }
}

let ID__add_relu_Scalar = -1;
/** `aten::_add_relu.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor` */
export function _add_relu_Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID__add_relu_Scalar < 0) ID__add_relu_Scalar = resolve("aten::_add_relu", "Scalar");
  try { return wrap(op(ID__add_relu_Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID__add_relu_Tensor = -1;
/** `aten::_add_relu.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` */
export function _add_relu_Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID__add_relu_Tensor < 0) ID__add_relu_Tensor = resolve("aten::_add_relu", "Tensor");
  try { return wrap(op(ID__add_relu_Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID__add_relu__Scalar = -1;
/** `aten::_add_relu_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)` */
export function _add_relu__Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID__add_relu__Scalar < 0) ID__add_relu__Scalar = resolve("aten::_add_relu_", "Scalar");
  try { return wrap(op(ID__add_relu__Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID__add_relu__Tensor = -1;
/** `aten::_add_relu_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)` */
export function _add_relu__Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID__add_relu__Tensor < 0) ID__add_relu__Tensor = resolve("aten::_add_relu_", "Tensor");
  try { return wrap(op(ID__add_relu__Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID__addmm_activation = -1;
/** `aten::_addmm_activation(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1, bool use_gelu=False) -> Tensor` */
export function _addmm_activation(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: Scalar, alpha?: Scalar, use_gelu?: boolean): Tensor {
  if (ID__addmm_activation < 0) ID__addmm_activation = resolve("aten::_addmm_activation", "");
  try { return wrap(op(ID__addmm_activation, th(self, "self"), th(mat1, "mat1"), th(mat2, "mat2"), beta, alpha, use_gelu)); } catch (e) { throw fail(e, ["*self","*mat1","*mat2","beta","alpha","use_gelu"], [self, mat1, mat2, beta, alpha, use_gelu]); }
}

let ID__aminmax = -1;
/** `aten::_aminmax(Tensor self) -> (Tensor, Tensor)` */
export function _aminmax(self: Tensor): [Tensor, Tensor] {
  if (ID__aminmax < 0) ID__aminmax = resolve("aten::_aminmax", "");
  let r: unknown[];
  try { r = op(ID__aminmax, th(self, "self")) as unknown[]; } catch (e) { throw fail(e, ["*self"], [self]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__aminmax_dim = -1;
/** `aten::_aminmax.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor, Tensor)` */
export function _aminmax_dim(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID__aminmax_dim < 0) ID__aminmax_dim = resolve("aten::_aminmax", "dim");
  let r: unknown[];
  try { r = op(ID__aminmax_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__amp_foreach_non_finite_check_and_unscale = -1;
/** `aten::_amp_foreach_non_finite_check_and_unscale(Tensor[] self, Tensor found_inf, Tensor inv_scale) -> (Tensor[] self_out, Tensor found_inf_out)` */
export function _amp_foreach_non_finite_check_and_unscale(self: Tensor[], found_inf: Tensor, inv_scale: Tensor): [Tensor[], Tensor] {
  if (ID__amp_foreach_non_finite_check_and_unscale < 0) ID__amp_foreach_non_finite_check_and_unscale = resolve("aten::_amp_foreach_non_finite_check_and_unscale", "");
  let r: unknown[];
  try { r = op(ID__amp_foreach_non_finite_check_and_unscale, ths(self, "self"), th(found_inf, "found_inf"), th(inv_scale, "inv_scale")) as unknown[]; } catch (e) { throw fail(e, ["self","*found_inf","*inv_scale"], [self, found_inf, inv_scale]); }
  return [wrapList(r[0]), wrap(r[1])];
}

let ID__amp_foreach_non_finite_check_and_unscale_ = -1;
/** `aten::_amp_foreach_non_finite_check_and_unscale_(Tensor(a!)[] self, Tensor(b!) found_inf, Tensor inv_scale) -> ()` */
export function _amp_foreach_non_finite_check_and_unscale_(self: Tensor[], found_inf: Tensor, inv_scale: Tensor): void {
  if (ID__amp_foreach_non_finite_check_and_unscale_ < 0) ID__amp_foreach_non_finite_check_and_unscale_ = resolve("aten::_amp_foreach_non_finite_check_and_unscale_", "");
  try { op(ID__amp_foreach_non_finite_check_and_unscale_, ths(self, "self"), th(found_inf, "found_inf"), th(inv_scale, "inv_scale")); } catch (e) { throw fail(e, ["self","*found_inf","*inv_scale"], [self, found_inf, inv_scale]); }
}

let ID__amp_update_scale = -1;
/** `aten::_amp_update_scale(Tensor self, Tensor growth_tracker, Tensor found_inf, float scale_growth_factor, float scale_backoff_factor, int growth_interval) -> (Tensor, Tensor growth_tracker_out)` */
export function _amp_update_scale(self: Tensor, growth_tracker: Tensor, found_inf: Tensor, scale_growth_factor: number, scale_backoff_factor: number, growth_interval: number): [Tensor, Tensor] {
  if (ID__amp_update_scale < 0) ID__amp_update_scale = resolve("aten::_amp_update_scale", "");
  let r: unknown[];
  try { r = op(ID__amp_update_scale, th(self, "self"), th(growth_tracker, "growth_tracker"), th(found_inf, "found_inf"), scale_growth_factor, scale_backoff_factor, growth_interval) as unknown[]; } catch (e) { throw fail(e, ["*self","*growth_tracker","*found_inf","scale_growth_factor","scale_backoff_factor","growth_interval"], [self, growth_tracker, found_inf, scale_growth_factor, scale_backoff_factor, growth_interval]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__amp_update_scale_ = -1;
/** `aten::_amp_update_scale_(Tensor(a!) self, Tensor(b!) growth_tracker, Tensor found_inf, float scale_growth_factor, float scale_backoff_factor, int growth_interval) -> Tensor(a!)` */
export function _amp_update_scale_(self: Tensor, growth_tracker: Tensor, found_inf: Tensor, scale_growth_factor: number, scale_backoff_factor: number, growth_interval: number): Tensor {
  if (ID__amp_update_scale_ < 0) ID__amp_update_scale_ = resolve("aten::_amp_update_scale_", "");
  try { return wrap(op(ID__amp_update_scale_, th(self, "self"), th(growth_tracker, "growth_tracker"), th(found_inf, "found_inf"), scale_growth_factor, scale_backoff_factor, growth_interval)); } catch (e) { throw fail(e, ["*self","*growth_tracker","*found_inf","scale_growth_factor","scale_backoff_factor","growth_interval"], [self, growth_tracker, found_inf, scale_growth_factor, scale_backoff_factor, growth_interval]); }
}

let ID__assert_async = -1;
/** `aten::_assert_async(Tensor self) -> ()` */
export function _assert_async(self: Tensor): void {
  if (ID__assert_async < 0) ID__assert_async = resolve("aten::_assert_async", "");
  try { op(ID__assert_async, th(self, "self")); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__assert_tensor_metadata = -1;
/** `aten::_assert_tensor_metadata(Tensor a, int[]? size=None, int[]? stride=None, ScalarType? dtype=None) -> ()` */
export function _assert_tensor_metadata(a: Tensor, size?: number | number[] | null, stride?: number | number[] | null, dtype?: DType | null): void {
  if (ID__assert_tensor_metadata < 0) ID__assert_tensor_metadata = resolve("aten::_assert_tensor_metadata", "");
  try { op(ID__assert_tensor_metadata, th(a, "a"), size, stride, dt(dtype)); } catch (e) { throw fail(e, ["*a","size","stride","dtype"], [a, size, stride, dtype]); }
}

let ID__autocast_to_full_precision = -1;
/** `aten::_autocast_to_full_precision(Tensor(a) self, bool cuda_enabled, bool cpu_enabled) -> Tensor(a)` */
export function _autocast_to_full_precision(self: Tensor, cuda_enabled: boolean, cpu_enabled: boolean): Tensor {
  if (ID__autocast_to_full_precision < 0) ID__autocast_to_full_precision = resolve("aten::_autocast_to_full_precision", "");
  try { return wrap(op(ID__autocast_to_full_precision, th(self, "self"), cuda_enabled, cpu_enabled)); } catch (e) { throw fail(e, ["*self","cuda_enabled","cpu_enabled"], [self, cuda_enabled, cpu_enabled]); }
}

let ID__autocast_to_reduced_precision = -1;
/** `aten::_autocast_to_reduced_precision(Tensor(a) self, bool cuda_enabled, bool cpu_enabled, ScalarType cuda_dtype, ScalarType cpu_dtype) -> Tensor(a)` */
export function _autocast_to_reduced_precision(self: Tensor, cuda_enabled: boolean, cpu_enabled: boolean, cuda_dtype: DType, cpu_dtype: DType): Tensor {
  if (ID__autocast_to_reduced_precision < 0) ID__autocast_to_reduced_precision = resolve("aten::_autocast_to_reduced_precision", "");
  try { return wrap(op(ID__autocast_to_reduced_precision, th(self, "self"), cuda_enabled, cpu_enabled, dtypeCode(cuda_dtype), dtypeCode(cpu_dtype))); } catch (e) { throw fail(e, ["*self","cuda_enabled","cpu_enabled","cuda_dtype","cpu_dtype"], [self, cuda_enabled, cpu_enabled, cuda_dtype, cpu_dtype]); }
}

let ID__backward = -1;
/** `aten::_backward(Tensor self, Tensor[] inputs, Tensor? gradient=None, bool? retain_graph=None, bool create_graph=False) -> ()` */
export function _backward(self: Tensor, inputs: Tensor[], gradient?: Tensor | null, retain_graph?: boolean | null, create_graph?: boolean): void {
  if (ID__backward < 0) ID__backward = resolve("aten::_backward", "");
  try { op(ID__backward, th(self, "self"), ths(inputs, "inputs"), oth(gradient, "gradient"), retain_graph, create_graph); } catch (e) { throw fail(e, ["*self","inputs","*gradient","retain_graph","create_graph"], [self, inputs, gradient, retain_graph, create_graph]); }
}

let ID__batch_norm_impl_index = -1;
/** `aten::_batch_norm_impl_index(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps, bool cudnn_enabled) -> (Tensor, Tensor, Tensor, Tensor, int)` */
export function _batch_norm_impl_index(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, training: boolean, momentum: number, eps: number, cudnn_enabled: boolean): [Tensor, Tensor, Tensor, Tensor, number] {
  if (ID__batch_norm_impl_index < 0) ID__batch_norm_impl_index = resolve("aten::_batch_norm_impl_index", "");
  let r: unknown[];
  try { r = op(ID__batch_norm_impl_index, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), training, momentum, eps, cudnn_enabled) as unknown[]; } catch (e) { throw fail(e, ["*input","*weight","*bias","*running_mean","*running_var","training","momentum","eps","cudnn_enabled"], [input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), r[4] as number];
}

let ID__batch_norm_impl_index_backward = -1;
/** `aten::_batch_norm_impl_index_backward(int impl_index, Tensor input, Tensor grad_output, Tensor? weight, Tensor? running_mean, Tensor? running_var, Tensor? save_mean, Tensor? save_var_transform, bool train, float eps, bool[3] output_mask, Tensor reservedSpace) -> (Tensor, Tensor, Tensor)` */
export function _batch_norm_impl_index_backward(impl_index: number, input: Tensor, grad_output: Tensor, weight: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, save_mean: Tensor | null | undefined, save_var_transform: Tensor | null | undefined, train: boolean, eps: number, output_mask: boolean[], reservedSpace: Tensor): [Tensor, Tensor, Tensor] {
  if (ID__batch_norm_impl_index_backward < 0) ID__batch_norm_impl_index_backward = resolve("aten::_batch_norm_impl_index_backward", "");
  let r: unknown[];
  try { r = op(ID__batch_norm_impl_index_backward, impl_index, th(input, "input"), th(grad_output, "grad_output"), oth(weight, "weight"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), oth(save_mean, "save_mean"), oth(save_var_transform, "save_var_transform"), train, eps, output_mask, th(reservedSpace, "reservedSpace")) as unknown[]; } catch (e) { throw fail(e, ["impl_index","*input","*grad_output","*weight","*running_mean","*running_var","*save_mean","*save_var_transform","train","eps","output_mask","*reservedSpace"], [impl_index, input, grad_output, weight, running_mean, running_var, save_mean, save_var_transform, train, eps, output_mask, reservedSpace]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__cast_Byte = -1;
/** `aten::_cast_Byte(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Byte(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Byte < 0) ID__cast_Byte = resolve("aten::_cast_Byte", "");
  try { return wrap(op(ID__cast_Byte, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Char = -1;
/** `aten::_cast_Char(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Char(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Char < 0) ID__cast_Char = resolve("aten::_cast_Char", "");
  try { return wrap(op(ID__cast_Char, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Double = -1;
/** `aten::_cast_Double(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Double(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Double < 0) ID__cast_Double = resolve("aten::_cast_Double", "");
  try { return wrap(op(ID__cast_Double, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Float = -1;
/** `aten::_cast_Float(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Float(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Float < 0) ID__cast_Float = resolve("aten::_cast_Float", "");
  try { return wrap(op(ID__cast_Float, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Half = -1;
/** `aten::_cast_Half(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Half(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Half < 0) ID__cast_Half = resolve("aten::_cast_Half", "");
  try { return wrap(op(ID__cast_Half, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Int = -1;
/** `aten::_cast_Int(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Int(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Int < 0) ID__cast_Int = resolve("aten::_cast_Int", "");
  try { return wrap(op(ID__cast_Int, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Long = -1;
/** `aten::_cast_Long(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Long(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Long < 0) ID__cast_Long = resolve("aten::_cast_Long", "");
  try { return wrap(op(ID__cast_Long, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cast_Short = -1;
/** `aten::_cast_Short(Tensor self, bool non_blocking=False) -> Tensor` */
export function _cast_Short(self: Tensor, non_blocking?: boolean): Tensor {
  if (ID__cast_Short < 0) ID__cast_Short = resolve("aten::_cast_Short", "");
  try { return wrap(op(ID__cast_Short, th(self, "self"), non_blocking)); } catch (e) { throw fail(e, ["*self","non_blocking"], [self, non_blocking]); }
}

let ID__cdist_backward = -1;
/** `aten::_cdist_backward(Tensor grad, Tensor x1, Tensor x2, float p, Tensor cdist) -> Tensor` */
export function _cdist_backward(grad: Tensor, x1: Tensor, x2: Tensor, p: number, cdist: Tensor): Tensor {
  if (ID__cdist_backward < 0) ID__cdist_backward = resolve("aten::_cdist_backward", "");
  try { return wrap(op(ID__cdist_backward, th(grad, "grad"), th(x1, "x1"), th(x2, "x2"), p, th(cdist, "cdist"))); } catch (e) { throw fail(e, ["*grad","*x1","*x2","p","*cdist"], [grad, x1, x2, p, cdist]); }
}

let ID__cdist_forward = -1;
/** `aten::_cdist_forward(Tensor x1, Tensor x2, float p, int? compute_mode) -> Tensor` */
export function _cdist_forward(x1: Tensor, x2: Tensor, p: number, compute_mode?: number | null): Tensor {
  if (ID__cdist_forward < 0) ID__cdist_forward = resolve("aten::_cdist_forward", "");
  try { return wrap(op(ID__cdist_forward, th(x1, "x1"), th(x2, "x2"), p, compute_mode)); } catch (e) { throw fail(e, ["*x1","*x2","p","compute_mode"], [x1, x2, p, compute_mode]); }
}

let ID__cholesky_solve_helper = -1;
/** `aten::_cholesky_solve_helper(Tensor self, Tensor A, bool upper) -> Tensor` */
export function _cholesky_solve_helper(self: Tensor, A: Tensor, upper: boolean): Tensor {
  if (ID__cholesky_solve_helper < 0) ID__cholesky_solve_helper = resolve("aten::_cholesky_solve_helper", "");
  try { return wrap(op(ID__cholesky_solve_helper, th(self, "self"), th(A, "A"), upper)); } catch (e) { throw fail(e, ["*self","*A","upper"], [self, A, upper]); }
}

let ID__choose_qparams_per_tensor = -1;
/** `aten::_choose_qparams_per_tensor(Tensor self, bool reduce_range=False) -> (float, int)` */
export function _choose_qparams_per_tensor(self: Tensor, reduce_range?: boolean): [number, number] {
  if (ID__choose_qparams_per_tensor < 0) ID__choose_qparams_per_tensor = resolve("aten::_choose_qparams_per_tensor", "");
  let r: unknown[];
  try { r = op(ID__choose_qparams_per_tensor, th(self, "self"), reduce_range) as unknown[]; } catch (e) { throw fail(e, ["*self","reduce_range"], [self, reduce_range]); }
  return [r[0] as number, r[1] as number];
}

let ID__coalesce = -1;
/** `aten::_coalesce(Tensor self) -> Tensor` */
export function _coalesce(self: Tensor): Tensor {
  if (ID__coalesce < 0) ID__coalesce = resolve("aten::_coalesce", "");
  try { return wrap(op(ID__coalesce, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__coalesced = -1;
/** `aten::_coalesced(Tensor self, bool coalesced) -> Tensor` */
export function _coalesced(self: Tensor, coalesced: boolean): Tensor {
  if (ID__coalesced < 0) ID__coalesced = resolve("aten::_coalesced", "");
  try { return wrap(op(ID__coalesced, th(self, "self"), coalesced)); } catch (e) { throw fail(e, ["*self","coalesced"], [self, coalesced]); }
}

let ID__coalesced_ = -1;
/** `aten::_coalesced_(Tensor(a!) self, bool coalesced) -> Tensor(a!)` */
export function _coalesced_(self: Tensor, coalesced: boolean): Tensor {
  if (ID__coalesced_ < 0) ID__coalesced_ = resolve("aten::_coalesced_", "");
  try { return wrap(op(ID__coalesced_, th(self, "self"), coalesced)); } catch (e) { throw fail(e, ["*self","coalesced"], [self, coalesced]); }
}

let ID__compute_linear_combination = -1;
/** `aten::_compute_linear_combination(Tensor input, Tensor coefficients) -> Tensor` */
export function _compute_linear_combination(input: Tensor, coefficients: Tensor): Tensor {
  if (ID__compute_linear_combination < 0) ID__compute_linear_combination = resolve("aten::_compute_linear_combination", "");
  try { return wrap(op(ID__compute_linear_combination, th(input, "input"), th(coefficients, "coefficients"))); } catch (e) { throw fail(e, ["*input","*coefficients"], [input, coefficients]); }
}

let ID__conj = -1;
/** `aten::_conj(Tensor(a) self) -> Tensor(a)` */
export function _conj(self: Tensor): Tensor {
  if (ID__conj < 0) ID__conj = resolve("aten::_conj", "");
  try { return wrap(op(ID__conj, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__conj_copy = -1;
/** `aten::_conj_copy(Tensor self) -> Tensor` */
export function _conj_copy(self: Tensor): Tensor {
  if (ID__conj_copy < 0) ID__conj_copy = resolve("aten::_conj_copy", "");
  try { return wrap(op(ID__conj_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__conj_physical = -1;
/** `aten::_conj_physical(Tensor self) -> Tensor` */
export function _conj_physical(self: Tensor): Tensor {
  if (ID__conj_physical < 0) ID__conj_physical = resolve("aten::_conj_physical", "");
  try { return wrap(op(ID__conj_physical, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__conv_depthwise2d = -1;
/** `aten::_conv_depthwise2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias, int[2] stride, int[2] padding, int[2] dilation) -> Tensor` */
export function _conv_depthwise2d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[]): Tensor {
  if (ID__conv_depthwise2d < 0) ID__conv_depthwise2d = resolve("aten::_conv_depthwise2d", "");
  try { return wrap(op(ID__conv_depthwise2d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding, dilation)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding","dilation"], [self, weight, kernel_size, bias, stride, padding, dilation]); }
}

let ID__convert_indices_from_coo_to_csr = -1;
/** `aten::_convert_indices_from_coo_to_csr(Tensor self, int size, *, bool out_int32=False) -> Tensor` */
export function _convert_indices_from_coo_to_csr(self: Tensor, size: number, out_int32?: boolean): Tensor {
  if (ID__convert_indices_from_coo_to_csr < 0) ID__convert_indices_from_coo_to_csr = resolve("aten::_convert_indices_from_coo_to_csr", "");
  try { return wrap(op(ID__convert_indices_from_coo_to_csr, th(self, "self"), size, out_int32)); } catch (e) { throw fail(e, ["*self","size","out_int32"], [self, size, out_int32]); }
}

let ID__convert_indices_from_csr_to_coo = -1;
/** `aten::_convert_indices_from_csr_to_coo(Tensor crow_indices, Tensor col_indices, *, bool out_int32=False, bool transpose=False) -> Tensor` */
export function _convert_indices_from_csr_to_coo(crow_indices: Tensor, col_indices: Tensor, out_int32?: boolean, transpose?: boolean): Tensor {
  if (ID__convert_indices_from_csr_to_coo < 0) ID__convert_indices_from_csr_to_coo = resolve("aten::_convert_indices_from_csr_to_coo", "");
  try { return wrap(op(ID__convert_indices_from_csr_to_coo, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), out_int32, transpose)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","out_int32","transpose"], [crow_indices, col_indices, out_int32, transpose]); }
}

let ID__convolution = -1;
/** `aten::_convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool benchmark, bool deterministic, bool cudnn_enabled, bool allow_tf32) -> Tensor` */
export function _convolution(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number, benchmark: boolean, deterministic: boolean, cudnn_enabled: boolean, allow_tf32: boolean): Tensor {
  if (ID__convolution < 0) ID__convolution = resolve("aten::_convolution", "");
  try { return wrap(op(ID__convolution, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, transposed, output_padding, groups, benchmark, deterministic, cudnn_enabled, allow_tf32)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","transposed","output_padding","groups","benchmark","deterministic","cudnn_enabled","allow_tf32"], [input, weight, bias, stride, padding, dilation, transposed, output_padding, groups, benchmark, deterministic, cudnn_enabled, allow_tf32]); }
}

let ID__convolution_deprecated = -1;
/** `aten::_convolution.deprecated(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool benchmark, bool deterministic, bool cudnn_enabled) -> Tensor` */
export function _convolution_deprecated(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number, benchmark: boolean, deterministic: boolean, cudnn_enabled: boolean): Tensor {
  if (ID__convolution_deprecated < 0) ID__convolution_deprecated = resolve("aten::_convolution", "deprecated");
  try { return wrap(op(ID__convolution_deprecated, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, transposed, output_padding, groups, benchmark, deterministic, cudnn_enabled)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","transposed","output_padding","groups","benchmark","deterministic","cudnn_enabled"], [input, weight, bias, stride, padding, dilation, transposed, output_padding, groups, benchmark, deterministic, cudnn_enabled]); }
}

let ID__convolution_double_backward = -1;
/** `aten::_convolution_double_backward(Tensor? ggI, Tensor? ggW, Tensor? ggb, Tensor gO, Tensor weight, Tensor self, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function _convolution_double_backward(ggI: Tensor | null | undefined, ggW: Tensor | null | undefined, ggb: Tensor | null | undefined, gO: Tensor, weight: Tensor, self: Tensor, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID__convolution_double_backward < 0) ID__convolution_double_backward = resolve("aten::_convolution_double_backward", "");
  let r: unknown[];
  try { r = op(ID__convolution_double_backward, oth(ggI, "ggI"), oth(ggW, "ggW"), oth(ggb, "ggb"), th(gO, "gO"), th(weight, "weight"), th(self, "self"), stride, padding, dilation, transposed, output_padding, groups, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*ggI","*ggW","*ggb","*gO","*weight","*self","stride","padding","dilation","transposed","output_padding","groups","output_mask"], [ggI, ggW, ggb, gO, weight, self, stride, padding, dilation, transposed, output_padding, groups, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__convolution_mode = -1;
/** `aten::_convolution_mode(Tensor input, Tensor weight, Tensor? bias, int[] stride, str padding, int[] dilation, int groups) -> Tensor` */
export function _convolution_mode(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: string, dilation: number | number[], groups: number): Tensor {
  if (ID__convolution_mode < 0) ID__convolution_mode = resolve("aten::_convolution_mode", "");
  try { return wrap(op(ID__convolution_mode, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID__copy_from = -1;
/** `aten::_copy_from(Tensor self, Tensor dst, bool non_blocking=False) -> Tensor` */
export function _copy_from(self: Tensor, dst: Tensor, non_blocking?: boolean): Tensor {
  if (ID__copy_from < 0) ID__copy_from = resolve("aten::_copy_from", "");
  try { return wrap(op(ID__copy_from, th(self, "self"), th(dst, "dst"), non_blocking)); } catch (e) { throw fail(e, ["*self","*dst","non_blocking"], [self, dst, non_blocking]); }
}

let ID__copy_from_and_resize = -1;
/** `aten::_copy_from_and_resize(Tensor self, Tensor dst) -> Tensor` */
export function _copy_from_and_resize(self: Tensor, dst: Tensor): Tensor {
  if (ID__copy_from_and_resize < 0) ID__copy_from_and_resize = resolve("aten::_copy_from_and_resize", "");
  try { return wrap(op(ID__copy_from_and_resize, th(self, "self"), th(dst, "dst"))); } catch (e) { throw fail(e, ["*self","*dst"], [self, dst]); }
}

let ID__ctc_loss = -1;
/** `aten::_ctc_loss(Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, int blank=0, bool zero_infinity=False) -> (Tensor, Tensor)` */
export function _ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: number | number[], target_lengths: number | number[], blank?: number, zero_infinity?: boolean): [Tensor, Tensor] {
  if (ID__ctc_loss < 0) ID__ctc_loss = resolve("aten::_ctc_loss", "");
  let r: unknown[];
  try { r = op(ID__ctc_loss, th(log_probs, "log_probs"), th(targets, "targets"), input_lengths, target_lengths, blank, zero_infinity) as unknown[]; } catch (e) { throw fail(e, ["*log_probs","*targets","input_lengths","target_lengths","blank","zero_infinity"], [log_probs, targets, input_lengths, target_lengths, blank, zero_infinity]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__ctc_loss_Tensor = -1;
/** `aten::_ctc_loss.Tensor(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank=0, bool zero_infinity=False) -> (Tensor, Tensor)` */
export function _ctc_loss_Tensor(log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, blank?: number, zero_infinity?: boolean): [Tensor, Tensor] {
  if (ID__ctc_loss_Tensor < 0) ID__ctc_loss_Tensor = resolve("aten::_ctc_loss", "Tensor");
  let r: unknown[];
  try { r = op(ID__ctc_loss_Tensor, th(log_probs, "log_probs"), th(targets, "targets"), th(input_lengths, "input_lengths"), th(target_lengths, "target_lengths"), blank, zero_infinity) as unknown[]; } catch (e) { throw fail(e, ["*log_probs","*targets","*input_lengths","*target_lengths","blank","zero_infinity"], [log_probs, targets, input_lengths, target_lengths, blank, zero_infinity]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__ctc_loss_backward = -1;
/** `aten::_ctc_loss_backward(Tensor grad, Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, Tensor neg_log_likelihood, Tensor log_alpha, int blank, bool zero_infinity=False) -> Tensor` */
export function _ctc_loss_backward(grad: Tensor, log_probs: Tensor, targets: Tensor, input_lengths: number | number[], target_lengths: number | number[], neg_log_likelihood: Tensor, log_alpha: Tensor, blank: number, zero_infinity?: boolean): Tensor {
  if (ID__ctc_loss_backward < 0) ID__ctc_loss_backward = resolve("aten::_ctc_loss_backward", "");
  try { return wrap(op(ID__ctc_loss_backward, th(grad, "grad"), th(log_probs, "log_probs"), th(targets, "targets"), input_lengths, target_lengths, th(neg_log_likelihood, "neg_log_likelihood"), th(log_alpha, "log_alpha"), blank, zero_infinity)); } catch (e) { throw fail(e, ["*grad","*log_probs","*targets","input_lengths","target_lengths","*neg_log_likelihood","*log_alpha","blank","zero_infinity"], [grad, log_probs, targets, input_lengths, target_lengths, neg_log_likelihood, log_alpha, blank, zero_infinity]); }
}

let ID__ctc_loss_backward_Tensor = -1;
/** `aten::_ctc_loss_backward.Tensor(Tensor grad, Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, Tensor neg_log_likelihood, Tensor log_alpha, int blank, bool zero_infinity=False) -> Tensor` */
export function _ctc_loss_backward_Tensor(grad: Tensor, log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, neg_log_likelihood: Tensor, log_alpha: Tensor, blank: number, zero_infinity?: boolean): Tensor {
  if (ID__ctc_loss_backward_Tensor < 0) ID__ctc_loss_backward_Tensor = resolve("aten::_ctc_loss_backward", "Tensor");
  try { return wrap(op(ID__ctc_loss_backward_Tensor, th(grad, "grad"), th(log_probs, "log_probs"), th(targets, "targets"), th(input_lengths, "input_lengths"), th(target_lengths, "target_lengths"), th(neg_log_likelihood, "neg_log_likelihood"), th(log_alpha, "log_alpha"), blank, zero_infinity)); } catch (e) { throw fail(e, ["*grad","*log_probs","*targets","*input_lengths","*target_lengths","*neg_log_likelihood","*log_alpha","blank","zero_infinity"], [grad, log_probs, targets, input_lengths, target_lengths, neg_log_likelihood, log_alpha, blank, zero_infinity]); }
}

let ID__cudnn_ctc_loss = -1;
/** `aten::_cudnn_ctc_loss(Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, int blank, bool deterministic, bool zero_infinity) -> (Tensor, Tensor)` */
export function _cudnn_ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: number | number[], target_lengths: number | number[], blank: number, deterministic: boolean, zero_infinity: boolean): [Tensor, Tensor] {
  if (ID__cudnn_ctc_loss < 0) ID__cudnn_ctc_loss = resolve("aten::_cudnn_ctc_loss", "");
  let r: unknown[];
  try { r = op(ID__cudnn_ctc_loss, th(log_probs, "log_probs"), th(targets, "targets"), input_lengths, target_lengths, blank, deterministic, zero_infinity) as unknown[]; } catch (e) { throw fail(e, ["*log_probs","*targets","input_lengths","target_lengths","blank","deterministic","zero_infinity"], [log_probs, targets, input_lengths, target_lengths, blank, deterministic, zero_infinity]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__cudnn_ctc_loss_Tensor = -1;
/** `aten::_cudnn_ctc_loss.Tensor(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank, bool deterministic, bool zero_infinity) -> (Tensor, Tensor)` */
export function _cudnn_ctc_loss_Tensor(log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, blank: number, deterministic: boolean, zero_infinity: boolean): [Tensor, Tensor] {
  if (ID__cudnn_ctc_loss_Tensor < 0) ID__cudnn_ctc_loss_Tensor = resolve("aten::_cudnn_ctc_loss", "Tensor");
  let r: unknown[];
  try { r = op(ID__cudnn_ctc_loss_Tensor, th(log_probs, "log_probs"), th(targets, "targets"), th(input_lengths, "input_lengths"), th(target_lengths, "target_lengths"), blank, deterministic, zero_infinity) as unknown[]; } catch (e) { throw fail(e, ["*log_probs","*targets","*input_lengths","*target_lengths","blank","deterministic","zero_infinity"], [log_probs, targets, input_lengths, target_lengths, blank, deterministic, zero_infinity]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__cudnn_init_dropout_state = -1;
/** `aten::_cudnn_init_dropout_state(float dropout, bool train, int dropout_seed, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function _cudnn_init_dropout_state(dropout: number, train: boolean, dropout_seed: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__cudnn_init_dropout_state < 0) ID__cudnn_init_dropout_state = resolve("aten::_cudnn_init_dropout_state", "");
  try { return wrap(op(ID__cudnn_init_dropout_state, dropout, train, dropout_seed, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["dropout","train","dropout_seed","dtype","layout","device","pin_memory"], [dropout, train, dropout_seed, dtype, layout, device, pin_memory]); }
}

let ID__cudnn_rnn = -1;
/** `aten::_cudnn_rnn(Tensor input, Tensor[] weight, int weight_stride0, Tensor? weight_buf, Tensor hx, Tensor? cx, int mode, SymInt hidden_size, SymInt proj_size, int num_layers, bool batch_first, float dropout, bool train, bool bidirectional, SymInt[] batch_sizes, Tensor? dropout_state) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function _cudnn_rnn(input: Tensor, weight: Tensor[], weight_stride0: number, weight_buf: Tensor | null | undefined, hx: Tensor, cx: Tensor | null | undefined, mode: number, hidden_size: number, proj_size: number, num_layers: number, batch_first: boolean, dropout: number, train: boolean, bidirectional: boolean, batch_sizes: number | number[], dropout_state?: Tensor | null): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__cudnn_rnn < 0) ID__cudnn_rnn = resolve("aten::_cudnn_rnn", "");
  let r: unknown[];
  try { r = op(ID__cudnn_rnn, th(input, "input"), ths(weight, "weight"), weight_stride0, oth(weight_buf, "weight_buf"), th(hx, "hx"), oth(cx, "cx"), mode, hidden_size, proj_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, oth(dropout_state, "dropout_state")) as unknown[]; } catch (e) { throw fail(e, ["*input","weight","weight_stride0","*weight_buf","*hx","*cx","mode","hidden_size","proj_size","num_layers","batch_first","dropout","train","bidirectional","batch_sizes","*dropout_state"], [input, weight, weight_stride0, weight_buf, hx, cx, mode, hidden_size, proj_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, dropout_state]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID__cudnn_rnn_backward = -1;
/** `aten::_cudnn_rnn_backward(Tensor input, Tensor[] weight, int weight_stride0, Tensor weight_buf, Tensor hx, Tensor? cx, Tensor output, Tensor? grad_output, Tensor? grad_hy, Tensor? grad_cy, int mode, SymInt hidden_size, SymInt proj_size, int num_layers, bool batch_first, float dropout, bool train, bool bidirectional, SymInt[] batch_sizes, Tensor? dropout_state, Tensor reserve, bool[4] output_mask) -> (Tensor, Tensor, Tensor, Tensor[])` */
export function _cudnn_rnn_backward(input: Tensor, weight: Tensor[], weight_stride0: number, weight_buf: Tensor, hx: Tensor, cx: Tensor | null | undefined, output: Tensor, grad_output: Tensor | null | undefined, grad_hy: Tensor | null | undefined, grad_cy: Tensor | null | undefined, mode: number, hidden_size: number, proj_size: number, num_layers: number, batch_first: boolean, dropout: number, train: boolean, bidirectional: boolean, batch_sizes: number | number[], dropout_state: Tensor | null | undefined, reserve: Tensor, output_mask: boolean[]): [Tensor, Tensor, Tensor, Tensor[]] {
  if (ID__cudnn_rnn_backward < 0) ID__cudnn_rnn_backward = resolve("aten::_cudnn_rnn_backward", "");
  let r: unknown[];
  try { r = op(ID__cudnn_rnn_backward, th(input, "input"), ths(weight, "weight"), weight_stride0, th(weight_buf, "weight_buf"), th(hx, "hx"), oth(cx, "cx"), th(output, "output"), oth(grad_output, "grad_output"), oth(grad_hy, "grad_hy"), oth(grad_cy, "grad_cy"), mode, hidden_size, proj_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, oth(dropout_state, "dropout_state"), th(reserve, "reserve"), output_mask) as unknown[]; } catch (e) { throw fail(e, ["*input","weight","weight_stride0","*weight_buf","*hx","*cx","*output","*grad_output","*grad_hy","*grad_cy","mode","hidden_size","proj_size","num_layers","batch_first","dropout","train","bidirectional","batch_sizes","*dropout_state","*reserve","output_mask"], [input, weight, weight_stride0, weight_buf, hx, cx, output, grad_output, grad_hy, grad_cy, mode, hidden_size, proj_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, dropout_state, reserve, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrapList(r[3])];
}

let ID__cudnn_rnn_flatten_weight = -1;
/** `aten::_cudnn_rnn_flatten_weight(Tensor[] weight_arr, int weight_stride0, SymInt input_size, int mode, SymInt hidden_size, SymInt proj_size, int num_layers, bool batch_first, bool bidirectional) -> Tensor` */
export function _cudnn_rnn_flatten_weight(weight_arr: Tensor[], weight_stride0: number, input_size: number, mode: number, hidden_size: number, proj_size: number, num_layers: number, batch_first: boolean, bidirectional: boolean): Tensor {
  if (ID__cudnn_rnn_flatten_weight < 0) ID__cudnn_rnn_flatten_weight = resolve("aten::_cudnn_rnn_flatten_weight", "");
  try { return wrap(op(ID__cudnn_rnn_flatten_weight, ths(weight_arr, "weight_arr"), weight_stride0, input_size, mode, hidden_size, proj_size, num_layers, batch_first, bidirectional)); } catch (e) { throw fail(e, ["weight_arr","weight_stride0","input_size","mode","hidden_size","proj_size","num_layers","batch_first","bidirectional"], [weight_arr, weight_stride0, input_size, mode, hidden_size, proj_size, num_layers, batch_first, bidirectional]); }
}

let ID__cufft_clear_plan_cache = -1;
/** `aten::_cufft_clear_plan_cache(int device_index) -> ()` */
export function _cufft_clear_plan_cache(device_index: number): void {
  if (ID__cufft_clear_plan_cache < 0) ID__cufft_clear_plan_cache = resolve("aten::_cufft_clear_plan_cache", "");
  try { op(ID__cufft_clear_plan_cache, device_index); } catch (e) { throw fail(e, ["device_index"], [device_index]); }
}

let ID__cufft_get_plan_cache_max_size = -1;
/** `aten::_cufft_get_plan_cache_max_size(int device_index) -> int` */
export function _cufft_get_plan_cache_max_size(device_index: number): number {
  if (ID__cufft_get_plan_cache_max_size < 0) ID__cufft_get_plan_cache_max_size = resolve("aten::_cufft_get_plan_cache_max_size", "");
  try { return op(ID__cufft_get_plan_cache_max_size, device_index) as number; } catch (e) { throw fail(e, ["device_index"], [device_index]); }
}

let ID__cufft_get_plan_cache_size = -1;
/** `aten::_cufft_get_plan_cache_size(int device_index) -> int` */
export function _cufft_get_plan_cache_size(device_index: number): number {
  if (ID__cufft_get_plan_cache_size < 0) ID__cufft_get_plan_cache_size = resolve("aten::_cufft_get_plan_cache_size", "");
  try { return op(ID__cufft_get_plan_cache_size, device_index) as number; } catch (e) { throw fail(e, ["device_index"], [device_index]); }
}

let ID__cufft_set_plan_cache_max_size = -1;
/** `aten::_cufft_set_plan_cache_max_size(int device_index, int max_size) -> ()` */
export function _cufft_set_plan_cache_max_size(device_index: number, max_size: number): void {
  if (ID__cufft_set_plan_cache_max_size < 0) ID__cufft_set_plan_cache_max_size = resolve("aten::_cufft_set_plan_cache_max_size", "");
  try { op(ID__cufft_set_plan_cache_max_size, device_index, max_size); } catch (e) { throw fail(e, ["device_index","max_size"], [device_index, max_size]); }
}

let ID__cummax_helper = -1;
/** `aten::_cummax_helper(Tensor self, Tensor(a!) values, Tensor(b!) indices, int dim) -> ()` */
export function _cummax_helper(self: Tensor, values: Tensor, indices: Tensor, dim: number): void {
  if (ID__cummax_helper < 0) ID__cummax_helper = resolve("aten::_cummax_helper", "");
  try { op(ID__cummax_helper, th(self, "self"), th(values, "values"), th(indices, "indices"), dim); } catch (e) { throw fail(e, ["*self","*values","*indices","dim"], [self, values, indices, dim]); }
}

let ID__cummin_helper = -1;
/** `aten::_cummin_helper(Tensor self, Tensor(a!) values, Tensor(b!) indices, int dim) -> ()` */
export function _cummin_helper(self: Tensor, values: Tensor, indices: Tensor, dim: number): void {
  if (ID__cummin_helper < 0) ID__cummin_helper = resolve("aten::_cummin_helper", "");
  try { op(ID__cummin_helper, th(self, "self"), th(values, "values"), th(indices, "indices"), dim); } catch (e) { throw fail(e, ["*self","*values","*indices","dim"], [self, values, indices, dim]); }
}

let ID__debug_has_internal_overlap = -1;
/** `aten::_debug_has_internal_overlap(Tensor self) -> int` */
export function _debug_has_internal_overlap(self: Tensor): number {
  if (ID__debug_has_internal_overlap < 0) ID__debug_has_internal_overlap = resolve("aten::_debug_has_internal_overlap", "");
  try { return op(ID__debug_has_internal_overlap, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__dimI = -1;
/** `aten::_dimI(Tensor self) -> int` */
export function _dimI(self: Tensor): number {
  if (ID__dimI < 0) ID__dimI = resolve("aten::_dimI", "");
  try { return op(ID__dimI, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__dimV = -1;
/** `aten::_dimV(Tensor self) -> int` */
export function _dimV(self: Tensor): number {
  if (ID__dimV < 0) ID__dimV = resolve("aten::_dimV", "");
  try { return op(ID__dimV, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__dim_arange = -1;
/** `aten::_dim_arange(Tensor like, int dim) -> Tensor` */
export function _dim_arange(like: Tensor, dim: number): Tensor {
  if (ID__dim_arange < 0) ID__dim_arange = resolve("aten::_dim_arange", "");
  try { return wrap(op(ID__dim_arange, th(like, "like"), dim)); } catch (e) { throw fail(e, ["*like","dim"], [like, dim]); }
}

let ID__dirichlet_grad = -1;
/** `aten::_dirichlet_grad(Tensor x, Tensor alpha, Tensor total) -> Tensor` */
export function _dirichlet_grad(x: Tensor, alpha: Tensor, total: Tensor): Tensor {
  if (ID__dirichlet_grad < 0) ID__dirichlet_grad = resolve("aten::_dirichlet_grad", "");
  try { return wrap(op(ID__dirichlet_grad, th(x, "x"), th(alpha, "alpha"), th(total, "total"))); } catch (e) { throw fail(e, ["*x","*alpha","*total"], [x, alpha, total]); }
}

let ID__efficientzerotensor = -1;
/** `aten::_efficientzerotensor(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _efficientzerotensor(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__efficientzerotensor < 0) ID__efficientzerotensor = resolve("aten::_efficientzerotensor", "");
  try { return wrap(op(ID__efficientzerotensor, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory"], [size, dtype, layout, device, pin_memory]); }
}

let ID__embedding_bag = -1;
/** `aten::_embedding_bag(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq=False, int mode=0, bool sparse=False, Tensor? per_sample_weights=None, bool include_last_offset=False, int padding_idx=-1) -> (Tensor, Tensor, Tensor, Tensor)` */
export function _embedding_bag(weight: Tensor, indices: Tensor, offsets: Tensor, scale_grad_by_freq?: boolean, mode?: number, sparse?: boolean, per_sample_weights?: Tensor | null, include_last_offset?: boolean, padding_idx?: number): [Tensor, Tensor, Tensor, Tensor] {
  if (ID__embedding_bag < 0) ID__embedding_bag = resolve("aten::_embedding_bag", "");
  let r: unknown[];
  try { r = op(ID__embedding_bag, th(weight, "weight"), th(indices, "indices"), th(offsets, "offsets"), scale_grad_by_freq, mode, sparse, oth(per_sample_weights, "per_sample_weights"), include_last_offset, padding_idx) as unknown[]; } catch (e) { throw fail(e, ["*weight","*indices","*offsets","scale_grad_by_freq","mode","sparse","*per_sample_weights","include_last_offset","padding_idx"], [weight, indices, offsets, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset, padding_idx]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID__embedding_bag_backward = -1;
/** `aten::_embedding_bag_backward(Tensor grad, Tensor indices, Tensor offsets, Tensor offset2bag, Tensor bag_size, Tensor maximum_indices, int num_weights, bool scale_grad_by_freq, int mode, bool sparse, Tensor? per_sample_weights, int padding_idx=-1) -> Tensor` */
export function _embedding_bag_backward(grad: Tensor, indices: Tensor, offsets: Tensor, offset2bag: Tensor, bag_size: Tensor, maximum_indices: Tensor, num_weights: number, scale_grad_by_freq: boolean, mode: number, sparse: boolean, per_sample_weights?: Tensor | null, padding_idx?: number): Tensor {
  if (ID__embedding_bag_backward < 0) ID__embedding_bag_backward = resolve("aten::_embedding_bag_backward", "");
  try { return wrap(op(ID__embedding_bag_backward, th(grad, "grad"), th(indices, "indices"), th(offsets, "offsets"), th(offset2bag, "offset2bag"), th(bag_size, "bag_size"), th(maximum_indices, "maximum_indices"), num_weights, scale_grad_by_freq, mode, sparse, oth(per_sample_weights, "per_sample_weights"), padding_idx)); } catch (e) { throw fail(e, ["*grad","*indices","*offsets","*offset2bag","*bag_size","*maximum_indices","num_weights","scale_grad_by_freq","mode","sparse","*per_sample_weights","padding_idx"], [grad, indices, offsets, offset2bag, bag_size, maximum_indices, num_weights, scale_grad_by_freq, mode, sparse, per_sample_weights, padding_idx]); }
}

let ID__embedding_bag_dense_backward = -1;
/** `aten::_embedding_bag_dense_backward(Tensor grad, Tensor indices, Tensor offset2bag, Tensor bag_size, Tensor maximum_indices, int num_weights, bool scale_grad_by_freq, int mode, Tensor? per_sample_weights, int padding_idx=-1) -> Tensor` */
export function _embedding_bag_dense_backward(grad: Tensor, indices: Tensor, offset2bag: Tensor, bag_size: Tensor, maximum_indices: Tensor, num_weights: number, scale_grad_by_freq: boolean, mode: number, per_sample_weights?: Tensor | null, padding_idx?: number): Tensor {
  if (ID__embedding_bag_dense_backward < 0) ID__embedding_bag_dense_backward = resolve("aten::_embedding_bag_dense_backward", "");
  try { return wrap(op(ID__embedding_bag_dense_backward, th(grad, "grad"), th(indices, "indices"), th(offset2bag, "offset2bag"), th(bag_size, "bag_size"), th(maximum_indices, "maximum_indices"), num_weights, scale_grad_by_freq, mode, oth(per_sample_weights, "per_sample_weights"), padding_idx)); } catch (e) { throw fail(e, ["*grad","*indices","*offset2bag","*bag_size","*maximum_indices","num_weights","scale_grad_by_freq","mode","*per_sample_weights","padding_idx"], [grad, indices, offset2bag, bag_size, maximum_indices, num_weights, scale_grad_by_freq, mode, per_sample_weights, padding_idx]); }
}

let ID__embedding_bag_forward_only = -1;
/** `aten::_embedding_bag_forward_only(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq=False, int mode=0, bool sparse=False, Tensor? per_sample_weights=None, bool include_last_offset=False, int padding_idx=-1) -> (Tensor, Tensor, Tensor, Tensor)` */
export function _embedding_bag_forward_only(weight: Tensor, indices: Tensor, offsets: Tensor, scale_grad_by_freq?: boolean, mode?: number, sparse?: boolean, per_sample_weights?: Tensor | null, include_last_offset?: boolean, padding_idx?: number): [Tensor, Tensor, Tensor, Tensor] {
  if (ID__embedding_bag_forward_only < 0) ID__embedding_bag_forward_only = resolve("aten::_embedding_bag_forward_only", "");
  let r: unknown[];
  try { r = op(ID__embedding_bag_forward_only, th(weight, "weight"), th(indices, "indices"), th(offsets, "offsets"), scale_grad_by_freq, mode, sparse, oth(per_sample_weights, "per_sample_weights"), include_last_offset, padding_idx) as unknown[]; } catch (e) { throw fail(e, ["*weight","*indices","*offsets","scale_grad_by_freq","mode","sparse","*per_sample_weights","include_last_offset","padding_idx"], [weight, indices, offsets, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset, padding_idx]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID__embedding_bag_per_sample_weights_backward = -1;
/** `aten::_embedding_bag_per_sample_weights_backward(Tensor grad, Tensor weight, Tensor indices, Tensor offsets, Tensor offset2bag, int mode, int padding_idx=-1) -> Tensor` */
export function _embedding_bag_per_sample_weights_backward(grad: Tensor, weight: Tensor, indices: Tensor, offsets: Tensor, offset2bag: Tensor, mode: number, padding_idx?: number): Tensor {
  if (ID__embedding_bag_per_sample_weights_backward < 0) ID__embedding_bag_per_sample_weights_backward = resolve("aten::_embedding_bag_per_sample_weights_backward", "");
  try { return wrap(op(ID__embedding_bag_per_sample_weights_backward, th(grad, "grad"), th(weight, "weight"), th(indices, "indices"), th(offsets, "offsets"), th(offset2bag, "offset2bag"), mode, padding_idx)); } catch (e) { throw fail(e, ["*grad","*weight","*indices","*offsets","*offset2bag","mode","padding_idx"], [grad, weight, indices, offsets, offset2bag, mode, padding_idx]); }
}

let ID__embedding_bag_sparse_backward = -1;
/** `aten::_embedding_bag_sparse_backward(Tensor grad, Tensor indices, Tensor offsets, Tensor offset2bag, Tensor bag_size, int num_weights, bool scale_grad_by_freq, int mode, Tensor? per_sample_weights, int padding_idx=-1) -> Tensor` */
export function _embedding_bag_sparse_backward(grad: Tensor, indices: Tensor, offsets: Tensor, offset2bag: Tensor, bag_size: Tensor, num_weights: number, scale_grad_by_freq: boolean, mode: number, per_sample_weights?: Tensor | null, padding_idx?: number): Tensor {
  if (ID__embedding_bag_sparse_backward < 0) ID__embedding_bag_sparse_backward = resolve("aten::_embedding_bag_sparse_backward", "");
  try { return wrap(op(ID__embedding_bag_sparse_backward, th(grad, "grad"), th(indices, "indices"), th(offsets, "offsets"), th(offset2bag, "offset2bag"), th(bag_size, "bag_size"), num_weights, scale_grad_by_freq, mode, oth(per_sample_weights, "per_sample_weights"), padding_idx)); } catch (e) { throw fail(e, ["*grad","*indices","*offsets","*offset2bag","*bag_size","num_weights","scale_grad_by_freq","mode","*per_sample_weights","padding_idx"], [grad, indices, offsets, offset2bag, bag_size, num_weights, scale_grad_by_freq, mode, per_sample_weights, padding_idx]); }
}

let ID__empty_affine_quantized = -1;
/** `aten::_empty_affine_quantized(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, float scale=1., int zero_point=0, MemoryFormat? memory_format=0) -> Tensor` */
export function _empty_affine_quantized(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, scale?: number, zero_point?: number, memory_format?: number | null): Tensor {
  if (ID__empty_affine_quantized < 0) ID__empty_affine_quantized = resolve("aten::_empty_affine_quantized", "");
  try { return wrap(op(ID__empty_affine_quantized, size, dt(dtype), layout, device, pin_memory, scale, zero_point, memory_format)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory","scale","zero_point","memory_format"], [size, dtype, layout, device, pin_memory, scale, zero_point, memory_format]); }
}

let ID__empty_per_channel_affine_quantized = -1;
/** `aten::_empty_per_channel_affine_quantized(int[] size, *, Tensor scales, Tensor zero_points, int axis, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=0) -> Tensor` */
export function _empty_per_channel_affine_quantized(size: number | number[], scales: Tensor, zero_points: Tensor, axis: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID__empty_per_channel_affine_quantized < 0) ID__empty_per_channel_affine_quantized = resolve("aten::_empty_per_channel_affine_quantized", "");
  try { return wrap(op(ID__empty_per_channel_affine_quantized, size, th(scales, "scales"), th(zero_points, "zero_points"), axis, dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["size","*scales","*zero_points","axis","dtype","layout","device","pin_memory","memory_format"], [size, scales, zero_points, axis, dtype, layout, device, pin_memory, memory_format]); }
}

let ID__euclidean_dist = -1;
/** `aten::_euclidean_dist(Tensor x1, Tensor x2) -> Tensor` */
export function _euclidean_dist(x1: Tensor, x2: Tensor): Tensor {
  if (ID__euclidean_dist < 0) ID__euclidean_dist = resolve("aten::_euclidean_dist", "");
  try { return wrap(op(ID__euclidean_dist, th(x1, "x1"), th(x2, "x2"))); } catch (e) { throw fail(e, ["*x1","*x2"], [x1, x2]); }
}

let ID__fake_quantize_learnable_per_channel_affine = -1;
/** `aten::_fake_quantize_learnable_per_channel_affine(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max, float grad_factor=1.) -> Tensor` */
export function _fake_quantize_learnable_per_channel_affine(self: Tensor, scale: Tensor, zero_point: Tensor, axis: number, quant_min: number, quant_max: number, grad_factor?: number): Tensor {
  if (ID__fake_quantize_learnable_per_channel_affine < 0) ID__fake_quantize_learnable_per_channel_affine = resolve("aten::_fake_quantize_learnable_per_channel_affine", "");
  try { return wrap(op(ID__fake_quantize_learnable_per_channel_affine, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), axis, quant_min, quant_max, grad_factor)); } catch (e) { throw fail(e, ["*self","*scale","*zero_point","axis","quant_min","quant_max","grad_factor"], [self, scale, zero_point, axis, quant_min, quant_max, grad_factor]); }
}

let ID__fake_quantize_learnable_per_channel_affine_backward = -1;
/** `aten::_fake_quantize_learnable_per_channel_affine_backward(Tensor grad, Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max, float grad_factor=1.) -> (Tensor, Tensor, Tensor)` */
export function _fake_quantize_learnable_per_channel_affine_backward(grad: Tensor, self: Tensor, scale: Tensor, zero_point: Tensor, axis: number, quant_min: number, quant_max: number, grad_factor?: number): [Tensor, Tensor, Tensor] {
  if (ID__fake_quantize_learnable_per_channel_affine_backward < 0) ID__fake_quantize_learnable_per_channel_affine_backward = resolve("aten::_fake_quantize_learnable_per_channel_affine_backward", "");
  let r: unknown[];
  try { r = op(ID__fake_quantize_learnable_per_channel_affine_backward, th(grad, "grad"), th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), axis, quant_min, quant_max, grad_factor) as unknown[]; } catch (e) { throw fail(e, ["*grad","*self","*scale","*zero_point","axis","quant_min","quant_max","grad_factor"], [grad, self, scale, zero_point, axis, quant_min, quant_max, grad_factor]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__fake_quantize_learnable_per_tensor_affine = -1;
/** `aten::_fake_quantize_learnable_per_tensor_affine(Tensor self, Tensor scale, Tensor zero_point, int quant_min, int quant_max, float grad_factor=1.) -> Tensor` */
export function _fake_quantize_learnable_per_tensor_affine(self: Tensor, scale: Tensor, zero_point: Tensor, quant_min: number, quant_max: number, grad_factor?: number): Tensor {
  if (ID__fake_quantize_learnable_per_tensor_affine < 0) ID__fake_quantize_learnable_per_tensor_affine = resolve("aten::_fake_quantize_learnable_per_tensor_affine", "");
  try { return wrap(op(ID__fake_quantize_learnable_per_tensor_affine, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), quant_min, quant_max, grad_factor)); } catch (e) { throw fail(e, ["*self","*scale","*zero_point","quant_min","quant_max","grad_factor"], [self, scale, zero_point, quant_min, quant_max, grad_factor]); }
}

let ID__fake_quantize_learnable_per_tensor_affine_backward = -1;
/** `aten::_fake_quantize_learnable_per_tensor_affine_backward(Tensor grad, Tensor self, Tensor scale, Tensor zero_point, int quant_min, int quant_max, float grad_factor=1.) -> (Tensor, Tensor, Tensor)` */
export function _fake_quantize_learnable_per_tensor_affine_backward(grad: Tensor, self: Tensor, scale: Tensor, zero_point: Tensor, quant_min: number, quant_max: number, grad_factor?: number): [Tensor, Tensor, Tensor] {
  if (ID__fake_quantize_learnable_per_tensor_affine_backward < 0) ID__fake_quantize_learnable_per_tensor_affine_backward = resolve("aten::_fake_quantize_learnable_per_tensor_affine_backward", "");
  let r: unknown[];
  try { r = op(ID__fake_quantize_learnable_per_tensor_affine_backward, th(grad, "grad"), th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), quant_min, quant_max, grad_factor) as unknown[]; } catch (e) { throw fail(e, ["*grad","*self","*scale","*zero_point","quant_min","quant_max","grad_factor"], [grad, self, scale, zero_point, quant_min, quant_max, grad_factor]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__fake_quantize_per_tensor_affine_cachemask_tensor_qparams = -1;
/** `aten::_fake_quantize_per_tensor_affine_cachemask_tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, Tensor fake_quant_enabled, int quant_min, int quant_max) -> (Tensor output, Tensor mask)` */
export function _fake_quantize_per_tensor_affine_cachemask_tensor_qparams(self: Tensor, scale: Tensor, zero_point: Tensor, fake_quant_enabled: Tensor, quant_min: number, quant_max: number): [Tensor, Tensor] {
  if (ID__fake_quantize_per_tensor_affine_cachemask_tensor_qparams < 0) ID__fake_quantize_per_tensor_affine_cachemask_tensor_qparams = resolve("aten::_fake_quantize_per_tensor_affine_cachemask_tensor_qparams", "");
  let r: unknown[];
  try { r = op(ID__fake_quantize_per_tensor_affine_cachemask_tensor_qparams, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), th(fake_quant_enabled, "fake_quant_enabled"), quant_min, quant_max) as unknown[]; } catch (e) { throw fail(e, ["*self","*scale","*zero_point","*fake_quant_enabled","quant_min","quant_max"], [self, scale, zero_point, fake_quant_enabled, quant_min, quant_max]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__fft_c2c = -1;
/** `aten::_fft_c2c(Tensor self, int[] dim, int normalization, bool forward) -> Tensor` */
export function _fft_c2c(self: Tensor, dim: number | number[], normalization: number, forward: boolean): Tensor {
  if (ID__fft_c2c < 0) ID__fft_c2c = resolve("aten::_fft_c2c", "");
  try { return wrap(op(ID__fft_c2c, th(self, "self"), dim, normalization, forward)); } catch (e) { throw fail(e, ["*self","dim","normalization","forward"], [self, dim, normalization, forward]); }
}

let ID__fft_c2r = -1;
/** `aten::_fft_c2r(Tensor self, int[] dim, int normalization, int last_dim_size) -> Tensor` */
export function _fft_c2r(self: Tensor, dim: number | number[], normalization: number, last_dim_size: number): Tensor {
  if (ID__fft_c2r < 0) ID__fft_c2r = resolve("aten::_fft_c2r", "");
  try { return wrap(op(ID__fft_c2r, th(self, "self"), dim, normalization, last_dim_size)); } catch (e) { throw fail(e, ["*self","dim","normalization","last_dim_size"], [self, dim, normalization, last_dim_size]); }
}

let ID__fft_r2c = -1;
/** `aten::_fft_r2c(Tensor self, int[] dim, int normalization, bool onesided) -> Tensor` */
export function _fft_r2c(self: Tensor, dim: number | number[], normalization: number, onesided: boolean): Tensor {
  if (ID__fft_r2c < 0) ID__fft_r2c = resolve("aten::_fft_r2c", "");
  try { return wrap(op(ID__fft_r2c, th(self, "self"), dim, normalization, onesided)); } catch (e) { throw fail(e, ["*self","dim","normalization","onesided"], [self, dim, normalization, onesided]); }
}

let ID__flash_scaled_dot_product_attention = -1;
/** `aten::_flash_scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, Tensor cum_seq_q, Tensor cum_seq_k, int max_q, int max_k, float dropout_p, bool is_causal) -> Tensor` */
export function _flash_scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, cum_seq_q: Tensor, cum_seq_k: Tensor, max_q: number, max_k: number, dropout_p: number, is_causal: boolean): Tensor {
  if (ID__flash_scaled_dot_product_attention < 0) ID__flash_scaled_dot_product_attention = resolve("aten::_flash_scaled_dot_product_attention", "");
  try { return wrap(op(ID__flash_scaled_dot_product_attention, th(query, "query"), th(key, "key"), th(value, "value"), th(cum_seq_q, "cum_seq_q"), th(cum_seq_k, "cum_seq_k"), max_q, max_k, dropout_p, is_causal)); } catch (e) { throw fail(e, ["*query","*key","*value","*cum_seq_q","*cum_seq_k","max_q","max_k","dropout_p","is_causal"], [query, key, value, cum_seq_q, cum_seq_k, max_q, max_k, dropout_p, is_causal]); }
}

let ID__foobar = -1;
/** `aten::_foobar(Tensor self, bool arg1=True, bool arg2=True, *, bool arg3=True) -> Tensor` */
export function _foobar(self: Tensor, arg1?: boolean, arg2?: boolean, arg3?: boolean): Tensor {
  if (ID__foobar < 0) ID__foobar = resolve("aten::_foobar", "");
  try { return wrap(op(ID__foobar, th(self, "self"), arg1, arg2, arg3)); } catch (e) { throw fail(e, ["*self","arg1","arg2","arg3"], [self, arg1, arg2, arg3]); }
}

let ID__foreach_abs = -1;
/** `aten::_foreach_abs(Tensor[] self) -> Tensor[]` */
export function _foreach_abs(self: Tensor[]): Tensor[] {
  if (ID__foreach_abs < 0) ID__foreach_abs = resolve("aten::_foreach_abs", "");
  try { return wrapList(op(ID__foreach_abs, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_abs_ = -1;
/** `aten::_foreach_abs_(Tensor(a!)[] self) -> ()` */
export function _foreach_abs_(self: Tensor[]): void {
  if (ID__foreach_abs_ < 0) ID__foreach_abs_ = resolve("aten::_foreach_abs_", "");
  try { op(ID__foreach_abs_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_acos = -1;
/** `aten::_foreach_acos(Tensor[] self) -> Tensor[]` */
export function _foreach_acos(self: Tensor[]): Tensor[] {
  if (ID__foreach_acos < 0) ID__foreach_acos = resolve("aten::_foreach_acos", "");
  try { return wrapList(op(ID__foreach_acos, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_acos_ = -1;
/** `aten::_foreach_acos_(Tensor(a!)[] self) -> ()` */
export function _foreach_acos_(self: Tensor[]): void {
  if (ID__foreach_acos_ < 0) ID__foreach_acos_ = resolve("aten::_foreach_acos_", "");
  try { op(ID__foreach_acos_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_add_List = -1;
/** `aten::_foreach_add.List(Tensor[] self, Tensor[] other, *, Scalar alpha=1) -> Tensor[]` */
export function _foreach_add_List(self: Tensor[], other: Tensor[], alpha?: Scalar): Tensor[] {
  if (ID__foreach_add_List < 0) ID__foreach_add_List = resolve("aten::_foreach_add", "List");
  try { return wrapList(op(ID__foreach_add_List, ths(self, "self"), ths(other, "other"), alpha)); } catch (e) { throw fail(e, ["self","other","alpha"], [self, other, alpha]); }
}

let ID__foreach_add_Scalar = -1;
/** `aten::_foreach_add.Scalar(Tensor[] self, Scalar scalar) -> Tensor[]` */
export function _foreach_add_Scalar(self: Tensor[], scalar: Scalar): Tensor[] {
  if (ID__foreach_add_Scalar < 0) ID__foreach_add_Scalar = resolve("aten::_foreach_add", "Scalar");
  try { return wrapList(op(ID__foreach_add_Scalar, ths(self, "self"), scalar)); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_add__List = -1;
/** `aten::_foreach_add_.List(Tensor(a!)[] self, Tensor[] other, *, Scalar alpha=1) -> ()` */
export function _foreach_add__List(self: Tensor[], other: Tensor[], alpha?: Scalar): void {
  if (ID__foreach_add__List < 0) ID__foreach_add__List = resolve("aten::_foreach_add_", "List");
  try { op(ID__foreach_add__List, ths(self, "self"), ths(other, "other"), alpha); } catch (e) { throw fail(e, ["self","other","alpha"], [self, other, alpha]); }
}

let ID__foreach_add__Scalar = -1;
/** `aten::_foreach_add_.Scalar(Tensor(a!)[] self, Scalar scalar) -> ()` */
export function _foreach_add__Scalar(self: Tensor[], scalar: Scalar): void {
  if (ID__foreach_add__Scalar < 0) ID__foreach_add__Scalar = resolve("aten::_foreach_add_", "Scalar");
  try { op(ID__foreach_add__Scalar, ths(self, "self"), scalar); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_addcdiv_Scalar = -1;
/** `aten::_foreach_addcdiv.Scalar(Tensor[] self, Tensor[] tensor1, Tensor[] tensor2, Scalar value=1) -> Tensor[]` */
export function _foreach_addcdiv_Scalar(self: Tensor[], tensor1: Tensor[], tensor2: Tensor[], value?: Scalar): Tensor[] {
  if (ID__foreach_addcdiv_Scalar < 0) ID__foreach_addcdiv_Scalar = resolve("aten::_foreach_addcdiv", "Scalar");
  try { return wrapList(op(ID__foreach_addcdiv_Scalar, ths(self, "self"), ths(tensor1, "tensor1"), ths(tensor2, "tensor2"), value)); } catch (e) { throw fail(e, ["self","tensor1","tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID__foreach_addcdiv__Scalar = -1;
/** `aten::_foreach_addcdiv_.Scalar(Tensor(a!)[] self, Tensor[] tensor1, Tensor[] tensor2, Scalar value=1) -> ()` */
export function _foreach_addcdiv__Scalar(self: Tensor[], tensor1: Tensor[], tensor2: Tensor[], value?: Scalar): void {
  if (ID__foreach_addcdiv__Scalar < 0) ID__foreach_addcdiv__Scalar = resolve("aten::_foreach_addcdiv_", "Scalar");
  try { op(ID__foreach_addcdiv__Scalar, ths(self, "self"), ths(tensor1, "tensor1"), ths(tensor2, "tensor2"), value); } catch (e) { throw fail(e, ["self","tensor1","tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID__foreach_addcmul_Scalar = -1;
/** `aten::_foreach_addcmul.Scalar(Tensor[] self, Tensor[] tensor1, Tensor[] tensor2, Scalar value=1) -> Tensor[]` */
export function _foreach_addcmul_Scalar(self: Tensor[], tensor1: Tensor[], tensor2: Tensor[], value?: Scalar): Tensor[] {
  if (ID__foreach_addcmul_Scalar < 0) ID__foreach_addcmul_Scalar = resolve("aten::_foreach_addcmul", "Scalar");
  try { return wrapList(op(ID__foreach_addcmul_Scalar, ths(self, "self"), ths(tensor1, "tensor1"), ths(tensor2, "tensor2"), value)); } catch (e) { throw fail(e, ["self","tensor1","tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID__foreach_addcmul__Scalar = -1;
/** `aten::_foreach_addcmul_.Scalar(Tensor(a!)[] self, Tensor[] tensor1, Tensor[] tensor2, Scalar value=1) -> ()` */
export function _foreach_addcmul__Scalar(self: Tensor[], tensor1: Tensor[], tensor2: Tensor[], value?: Scalar): void {
  if (ID__foreach_addcmul__Scalar < 0) ID__foreach_addcmul__Scalar = resolve("aten::_foreach_addcmul_", "Scalar");
  try { op(ID__foreach_addcmul__Scalar, ths(self, "self"), ths(tensor1, "tensor1"), ths(tensor2, "tensor2"), value); } catch (e) { throw fail(e, ["self","tensor1","tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID__foreach_asin = -1;
/** `aten::_foreach_asin(Tensor[] self) -> Tensor[]` */
export function _foreach_asin(self: Tensor[]): Tensor[] {
  if (ID__foreach_asin < 0) ID__foreach_asin = resolve("aten::_foreach_asin", "");
  try { return wrapList(op(ID__foreach_asin, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_asin_ = -1;
/** `aten::_foreach_asin_(Tensor(a!)[] self) -> ()` */
export function _foreach_asin_(self: Tensor[]): void {
  if (ID__foreach_asin_ < 0) ID__foreach_asin_ = resolve("aten::_foreach_asin_", "");
  try { op(ID__foreach_asin_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_atan = -1;
/** `aten::_foreach_atan(Tensor[] self) -> Tensor[]` */
export function _foreach_atan(self: Tensor[]): Tensor[] {
  if (ID__foreach_atan < 0) ID__foreach_atan = resolve("aten::_foreach_atan", "");
  try { return wrapList(op(ID__foreach_atan, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_atan_ = -1;
/** `aten::_foreach_atan_(Tensor(a!)[] self) -> ()` */
export function _foreach_atan_(self: Tensor[]): void {
  if (ID__foreach_atan_ < 0) ID__foreach_atan_ = resolve("aten::_foreach_atan_", "");
  try { op(ID__foreach_atan_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_ceil = -1;
/** `aten::_foreach_ceil(Tensor[] self) -> Tensor[]` */
export function _foreach_ceil(self: Tensor[]): Tensor[] {
  if (ID__foreach_ceil < 0) ID__foreach_ceil = resolve("aten::_foreach_ceil", "");
  try { return wrapList(op(ID__foreach_ceil, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_ceil_ = -1;
/** `aten::_foreach_ceil_(Tensor(a!)[] self) -> ()` */
export function _foreach_ceil_(self: Tensor[]): void {
  if (ID__foreach_ceil_ < 0) ID__foreach_ceil_ = resolve("aten::_foreach_ceil_", "");
  try { op(ID__foreach_ceil_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_cos = -1;
/** `aten::_foreach_cos(Tensor[] self) -> Tensor[]` */
export function _foreach_cos(self: Tensor[]): Tensor[] {
  if (ID__foreach_cos < 0) ID__foreach_cos = resolve("aten::_foreach_cos", "");
  try { return wrapList(op(ID__foreach_cos, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_cos_ = -1;
/** `aten::_foreach_cos_(Tensor(a!)[] self) -> ()` */
export function _foreach_cos_(self: Tensor[]): void {
  if (ID__foreach_cos_ < 0) ID__foreach_cos_ = resolve("aten::_foreach_cos_", "");
  try { op(ID__foreach_cos_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_cosh = -1;
/** `aten::_foreach_cosh(Tensor[] self) -> Tensor[]` */
export function _foreach_cosh(self: Tensor[]): Tensor[] {
  if (ID__foreach_cosh < 0) ID__foreach_cosh = resolve("aten::_foreach_cosh", "");
  try { return wrapList(op(ID__foreach_cosh, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_cosh_ = -1;
/** `aten::_foreach_cosh_(Tensor(a!)[] self) -> ()` */
export function _foreach_cosh_(self: Tensor[]): void {
  if (ID__foreach_cosh_ < 0) ID__foreach_cosh_ = resolve("aten::_foreach_cosh_", "");
  try { op(ID__foreach_cosh_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_div_List = -1;
/** `aten::_foreach_div.List(Tensor[] self, Tensor[] other) -> Tensor[]` */
export function _foreach_div_List(self: Tensor[], other: Tensor[]): Tensor[] {
  if (ID__foreach_div_List < 0) ID__foreach_div_List = resolve("aten::_foreach_div", "List");
  try { return wrapList(op(ID__foreach_div_List, ths(self, "self"), ths(other, "other"))); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_div_Scalar = -1;
/** `aten::_foreach_div.Scalar(Tensor[] self, Scalar scalar) -> Tensor[]` */
export function _foreach_div_Scalar(self: Tensor[], scalar: Scalar): Tensor[] {
  if (ID__foreach_div_Scalar < 0) ID__foreach_div_Scalar = resolve("aten::_foreach_div", "Scalar");
  try { return wrapList(op(ID__foreach_div_Scalar, ths(self, "self"), scalar)); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_div__List = -1;
/** `aten::_foreach_div_.List(Tensor(a!)[] self, Tensor[] other) -> ()` */
export function _foreach_div__List(self: Tensor[], other: Tensor[]): void {
  if (ID__foreach_div__List < 0) ID__foreach_div__List = resolve("aten::_foreach_div_", "List");
  try { op(ID__foreach_div__List, ths(self, "self"), ths(other, "other")); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_div__Scalar = -1;
/** `aten::_foreach_div_.Scalar(Tensor(a!)[] self, Scalar scalar) -> ()` */
export function _foreach_div__Scalar(self: Tensor[], scalar: Scalar): void {
  if (ID__foreach_div__Scalar < 0) ID__foreach_div__Scalar = resolve("aten::_foreach_div_", "Scalar");
  try { op(ID__foreach_div__Scalar, ths(self, "self"), scalar); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_erf = -1;
/** `aten::_foreach_erf(Tensor[] self) -> Tensor[]` */
export function _foreach_erf(self: Tensor[]): Tensor[] {
  if (ID__foreach_erf < 0) ID__foreach_erf = resolve("aten::_foreach_erf", "");
  try { return wrapList(op(ID__foreach_erf, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_erf_ = -1;
/** `aten::_foreach_erf_(Tensor(a!)[] self) -> ()` */
export function _foreach_erf_(self: Tensor[]): void {
  if (ID__foreach_erf_ < 0) ID__foreach_erf_ = resolve("aten::_foreach_erf_", "");
  try { op(ID__foreach_erf_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_erfc = -1;
/** `aten::_foreach_erfc(Tensor[] self) -> Tensor[]` */
export function _foreach_erfc(self: Tensor[]): Tensor[] {
  if (ID__foreach_erfc < 0) ID__foreach_erfc = resolve("aten::_foreach_erfc", "");
  try { return wrapList(op(ID__foreach_erfc, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_erfc_ = -1;
/** `aten::_foreach_erfc_(Tensor(a!)[] self) -> ()` */
export function _foreach_erfc_(self: Tensor[]): void {
  if (ID__foreach_erfc_ < 0) ID__foreach_erfc_ = resolve("aten::_foreach_erfc_", "");
  try { op(ID__foreach_erfc_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_exp = -1;
/** `aten::_foreach_exp(Tensor[] self) -> Tensor[]` */
export function _foreach_exp(self: Tensor[]): Tensor[] {
  if (ID__foreach_exp < 0) ID__foreach_exp = resolve("aten::_foreach_exp", "");
  try { return wrapList(op(ID__foreach_exp, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_exp_ = -1;
/** `aten::_foreach_exp_(Tensor(a!)[] self) -> ()` */
export function _foreach_exp_(self: Tensor[]): void {
  if (ID__foreach_exp_ < 0) ID__foreach_exp_ = resolve("aten::_foreach_exp_", "");
  try { op(ID__foreach_exp_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_expm1 = -1;
/** `aten::_foreach_expm1(Tensor[] self) -> Tensor[]` */
export function _foreach_expm1(self: Tensor[]): Tensor[] {
  if (ID__foreach_expm1 < 0) ID__foreach_expm1 = resolve("aten::_foreach_expm1", "");
  try { return wrapList(op(ID__foreach_expm1, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_expm1_ = -1;
/** `aten::_foreach_expm1_(Tensor(a!)[] self) -> ()` */
export function _foreach_expm1_(self: Tensor[]): void {
  if (ID__foreach_expm1_ < 0) ID__foreach_expm1_ = resolve("aten::_foreach_expm1_", "");
  try { op(ID__foreach_expm1_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_floor = -1;
/** `aten::_foreach_floor(Tensor[] self) -> Tensor[]` */
export function _foreach_floor(self: Tensor[]): Tensor[] {
  if (ID__foreach_floor < 0) ID__foreach_floor = resolve("aten::_foreach_floor", "");
  try { return wrapList(op(ID__foreach_floor, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_floor_ = -1;
/** `aten::_foreach_floor_(Tensor(a!)[] self) -> ()` */
export function _foreach_floor_(self: Tensor[]): void {
  if (ID__foreach_floor_ < 0) ID__foreach_floor_ = resolve("aten::_foreach_floor_", "");
  try { op(ID__foreach_floor_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_frac = -1;
/** `aten::_foreach_frac(Tensor[] self) -> Tensor[]` */
export function _foreach_frac(self: Tensor[]): Tensor[] {
  if (ID__foreach_frac < 0) ID__foreach_frac = resolve("aten::_foreach_frac", "");
  try { return wrapList(op(ID__foreach_frac, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_frac_ = -1;
/** `aten::_foreach_frac_(Tensor(a!)[] self) -> ()` */
export function _foreach_frac_(self: Tensor[]): void {
  if (ID__foreach_frac_ < 0) ID__foreach_frac_ = resolve("aten::_foreach_frac_", "");
  try { op(ID__foreach_frac_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_lgamma = -1;
/** `aten::_foreach_lgamma(Tensor[] self) -> Tensor[]` */
export function _foreach_lgamma(self: Tensor[]): Tensor[] {
  if (ID__foreach_lgamma < 0) ID__foreach_lgamma = resolve("aten::_foreach_lgamma", "");
  try { return wrapList(op(ID__foreach_lgamma, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_lgamma_ = -1;
/** `aten::_foreach_lgamma_(Tensor(a!)[] self) -> ()` */
export function _foreach_lgamma_(self: Tensor[]): void {
  if (ID__foreach_lgamma_ < 0) ID__foreach_lgamma_ = resolve("aten::_foreach_lgamma_", "");
  try { op(ID__foreach_lgamma_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log = -1;
/** `aten::_foreach_log(Tensor[] self) -> Tensor[]` */
export function _foreach_log(self: Tensor[]): Tensor[] {
  if (ID__foreach_log < 0) ID__foreach_log = resolve("aten::_foreach_log", "");
  try { return wrapList(op(ID__foreach_log, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log10 = -1;
/** `aten::_foreach_log10(Tensor[] self) -> Tensor[]` */
export function _foreach_log10(self: Tensor[]): Tensor[] {
  if (ID__foreach_log10 < 0) ID__foreach_log10 = resolve("aten::_foreach_log10", "");
  try { return wrapList(op(ID__foreach_log10, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log10_ = -1;
/** `aten::_foreach_log10_(Tensor(a!)[] self) -> ()` */
export function _foreach_log10_(self: Tensor[]): void {
  if (ID__foreach_log10_ < 0) ID__foreach_log10_ = resolve("aten::_foreach_log10_", "");
  try { op(ID__foreach_log10_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log1p = -1;
/** `aten::_foreach_log1p(Tensor[] self) -> Tensor[]` */
export function _foreach_log1p(self: Tensor[]): Tensor[] {
  if (ID__foreach_log1p < 0) ID__foreach_log1p = resolve("aten::_foreach_log1p", "");
  try { return wrapList(op(ID__foreach_log1p, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log1p_ = -1;
/** `aten::_foreach_log1p_(Tensor(a!)[] self) -> ()` */
export function _foreach_log1p_(self: Tensor[]): void {
  if (ID__foreach_log1p_ < 0) ID__foreach_log1p_ = resolve("aten::_foreach_log1p_", "");
  try { op(ID__foreach_log1p_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log2 = -1;
/** `aten::_foreach_log2(Tensor[] self) -> Tensor[]` */
export function _foreach_log2(self: Tensor[]): Tensor[] {
  if (ID__foreach_log2 < 0) ID__foreach_log2 = resolve("aten::_foreach_log2", "");
  try { return wrapList(op(ID__foreach_log2, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log2_ = -1;
/** `aten::_foreach_log2_(Tensor(a!)[] self) -> ()` */
export function _foreach_log2_(self: Tensor[]): void {
  if (ID__foreach_log2_ < 0) ID__foreach_log2_ = resolve("aten::_foreach_log2_", "");
  try { op(ID__foreach_log2_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_log_ = -1;
/** `aten::_foreach_log_(Tensor(a!)[] self) -> ()` */
export function _foreach_log_(self: Tensor[]): void {
  if (ID__foreach_log_ < 0) ID__foreach_log_ = resolve("aten::_foreach_log_", "");
  try { op(ID__foreach_log_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_maximum_List = -1;
/** `aten::_foreach_maximum.List(Tensor[] self, Tensor[] other) -> Tensor[]` */
export function _foreach_maximum_List(self: Tensor[], other: Tensor[]): Tensor[] {
  if (ID__foreach_maximum_List < 0) ID__foreach_maximum_List = resolve("aten::_foreach_maximum", "List");
  try { return wrapList(op(ID__foreach_maximum_List, ths(self, "self"), ths(other, "other"))); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_maximum__List = -1;
/** `aten::_foreach_maximum_.List(Tensor(a!)[] self, Tensor[] other) -> ()` */
export function _foreach_maximum__List(self: Tensor[], other: Tensor[]): void {
  if (ID__foreach_maximum__List < 0) ID__foreach_maximum__List = resolve("aten::_foreach_maximum_", "List");
  try { op(ID__foreach_maximum__List, ths(self, "self"), ths(other, "other")); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_minimum_List = -1;
/** `aten::_foreach_minimum.List(Tensor[] self, Tensor[] other) -> Tensor[]` */
export function _foreach_minimum_List(self: Tensor[], other: Tensor[]): Tensor[] {
  if (ID__foreach_minimum_List < 0) ID__foreach_minimum_List = resolve("aten::_foreach_minimum", "List");
  try { return wrapList(op(ID__foreach_minimum_List, ths(self, "self"), ths(other, "other"))); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_minimum__List = -1;
/** `aten::_foreach_minimum_.List(Tensor(a!)[] self, Tensor[] other) -> ()` */
export function _foreach_minimum__List(self: Tensor[], other: Tensor[]): void {
  if (ID__foreach_minimum__List < 0) ID__foreach_minimum__List = resolve("aten::_foreach_minimum_", "List");
  try { op(ID__foreach_minimum__List, ths(self, "self"), ths(other, "other")); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_mul_List = -1;
/** `aten::_foreach_mul.List(Tensor[] self, Tensor[] other) -> Tensor[]` */
export function _foreach_mul_List(self: Tensor[], other: Tensor[]): Tensor[] {
  if (ID__foreach_mul_List < 0) ID__foreach_mul_List = resolve("aten::_foreach_mul", "List");
  try { return wrapList(op(ID__foreach_mul_List, ths(self, "self"), ths(other, "other"))); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_mul_Scalar = -1;
/** `aten::_foreach_mul.Scalar(Tensor[] self, Scalar scalar) -> Tensor[]` */
export function _foreach_mul_Scalar(self: Tensor[], scalar: Scalar): Tensor[] {
  if (ID__foreach_mul_Scalar < 0) ID__foreach_mul_Scalar = resolve("aten::_foreach_mul", "Scalar");
  try { return wrapList(op(ID__foreach_mul_Scalar, ths(self, "self"), scalar)); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_mul__List = -1;
/** `aten::_foreach_mul_.List(Tensor(a!)[] self, Tensor[] other) -> ()` */
export function _foreach_mul__List(self: Tensor[], other: Tensor[]): void {
  if (ID__foreach_mul__List < 0) ID__foreach_mul__List = resolve("aten::_foreach_mul_", "List");
  try { op(ID__foreach_mul__List, ths(self, "self"), ths(other, "other")); } catch (e) { throw fail(e, ["self","other"], [self, other]); }
}

let ID__foreach_mul__Scalar = -1;
/** `aten::_foreach_mul_.Scalar(Tensor(a!)[] self, Scalar scalar) -> ()` */
export function _foreach_mul__Scalar(self: Tensor[], scalar: Scalar): void {
  if (ID__foreach_mul__Scalar < 0) ID__foreach_mul__Scalar = resolve("aten::_foreach_mul_", "Scalar");
  try { op(ID__foreach_mul__Scalar, ths(self, "self"), scalar); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_neg = -1;
/** `aten::_foreach_neg(Tensor[] self) -> Tensor[]` */
export function _foreach_neg(self: Tensor[]): Tensor[] {
  if (ID__foreach_neg < 0) ID__foreach_neg = resolve("aten::_foreach_neg", "");
  try { return wrapList(op(ID__foreach_neg, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_neg_ = -1;
/** `aten::_foreach_neg_(Tensor(a!)[] self) -> ()` */
export function _foreach_neg_(self: Tensor[]): void {
  if (ID__foreach_neg_ < 0) ID__foreach_neg_ = resolve("aten::_foreach_neg_", "");
  try { op(ID__foreach_neg_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_norm_Scalar = -1;
/** `aten::_foreach_norm.Scalar(Tensor[] self, Scalar ord=2) -> Tensor[]` */
export function _foreach_norm_Scalar(self: Tensor[], ord?: Scalar): Tensor[] {
  if (ID__foreach_norm_Scalar < 0) ID__foreach_norm_Scalar = resolve("aten::_foreach_norm", "Scalar");
  try { return wrapList(op(ID__foreach_norm_Scalar, ths(self, "self"), ord)); } catch (e) { throw fail(e, ["self","ord"], [self, ord]); }
}

let ID__foreach_reciprocal = -1;
/** `aten::_foreach_reciprocal(Tensor[] self) -> Tensor[]` */
export function _foreach_reciprocal(self: Tensor[]): Tensor[] {
  if (ID__foreach_reciprocal < 0) ID__foreach_reciprocal = resolve("aten::_foreach_reciprocal", "");
  try { return wrapList(op(ID__foreach_reciprocal, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_reciprocal_ = -1;
/** `aten::_foreach_reciprocal_(Tensor(a!)[] self) -> ()` */
export function _foreach_reciprocal_(self: Tensor[]): void {
  if (ID__foreach_reciprocal_ < 0) ID__foreach_reciprocal_ = resolve("aten::_foreach_reciprocal_", "");
  try { op(ID__foreach_reciprocal_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_round = -1;
/** `aten::_foreach_round(Tensor[] self) -> Tensor[]` */
export function _foreach_round(self: Tensor[]): Tensor[] {
  if (ID__foreach_round < 0) ID__foreach_round = resolve("aten::_foreach_round", "");
  try { return wrapList(op(ID__foreach_round, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_round_ = -1;
/** `aten::_foreach_round_(Tensor(a!)[] self) -> ()` */
export function _foreach_round_(self: Tensor[]): void {
  if (ID__foreach_round_ < 0) ID__foreach_round_ = resolve("aten::_foreach_round_", "");
  try { op(ID__foreach_round_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sigmoid = -1;
/** `aten::_foreach_sigmoid(Tensor[] self) -> Tensor[]` */
export function _foreach_sigmoid(self: Tensor[]): Tensor[] {
  if (ID__foreach_sigmoid < 0) ID__foreach_sigmoid = resolve("aten::_foreach_sigmoid", "");
  try { return wrapList(op(ID__foreach_sigmoid, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sigmoid_ = -1;
/** `aten::_foreach_sigmoid_(Tensor(a!)[] self) -> ()` */
export function _foreach_sigmoid_(self: Tensor[]): void {
  if (ID__foreach_sigmoid_ < 0) ID__foreach_sigmoid_ = resolve("aten::_foreach_sigmoid_", "");
  try { op(ID__foreach_sigmoid_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sin = -1;
/** `aten::_foreach_sin(Tensor[] self) -> Tensor[]` */
export function _foreach_sin(self: Tensor[]): Tensor[] {
  if (ID__foreach_sin < 0) ID__foreach_sin = resolve("aten::_foreach_sin", "");
  try { return wrapList(op(ID__foreach_sin, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sin_ = -1;
/** `aten::_foreach_sin_(Tensor(a!)[] self) -> ()` */
export function _foreach_sin_(self: Tensor[]): void {
  if (ID__foreach_sin_ < 0) ID__foreach_sin_ = resolve("aten::_foreach_sin_", "");
  try { op(ID__foreach_sin_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sinh = -1;
/** `aten::_foreach_sinh(Tensor[] self) -> Tensor[]` */
export function _foreach_sinh(self: Tensor[]): Tensor[] {
  if (ID__foreach_sinh < 0) ID__foreach_sinh = resolve("aten::_foreach_sinh", "");
  try { return wrapList(op(ID__foreach_sinh, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sinh_ = -1;
/** `aten::_foreach_sinh_(Tensor(a!)[] self) -> ()` */
export function _foreach_sinh_(self: Tensor[]): void {
  if (ID__foreach_sinh_ < 0) ID__foreach_sinh_ = resolve("aten::_foreach_sinh_", "");
  try { op(ID__foreach_sinh_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sqrt = -1;
/** `aten::_foreach_sqrt(Tensor[] self) -> Tensor[]` */
export function _foreach_sqrt(self: Tensor[]): Tensor[] {
  if (ID__foreach_sqrt < 0) ID__foreach_sqrt = resolve("aten::_foreach_sqrt", "");
  try { return wrapList(op(ID__foreach_sqrt, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sqrt_ = -1;
/** `aten::_foreach_sqrt_(Tensor(a!)[] self) -> ()` */
export function _foreach_sqrt_(self: Tensor[]): void {
  if (ID__foreach_sqrt_ < 0) ID__foreach_sqrt_ = resolve("aten::_foreach_sqrt_", "");
  try { op(ID__foreach_sqrt_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_sub_List = -1;
/** `aten::_foreach_sub.List(Tensor[] self, Tensor[] other, *, Scalar alpha=1) -> Tensor[]` */
export function _foreach_sub_List(self: Tensor[], other: Tensor[], alpha?: Scalar): Tensor[] {
  if (ID__foreach_sub_List < 0) ID__foreach_sub_List = resolve("aten::_foreach_sub", "List");
  try { return wrapList(op(ID__foreach_sub_List, ths(self, "self"), ths(other, "other"), alpha)); } catch (e) { throw fail(e, ["self","other","alpha"], [self, other, alpha]); }
}

let ID__foreach_sub_Scalar = -1;
/** `aten::_foreach_sub.Scalar(Tensor[] self, Scalar scalar) -> Tensor[]` */
export function _foreach_sub_Scalar(self: Tensor[], scalar: Scalar): Tensor[] {
  if (ID__foreach_sub_Scalar < 0) ID__foreach_sub_Scalar = resolve("aten::_foreach_sub", "Scalar");
  try { return wrapList(op(ID__foreach_sub_Scalar, ths(self, "self"), scalar)); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_sub__List = -1;
/** `aten::_foreach_sub_.List(Tensor(a!)[] self, Tensor[] other, *, Scalar alpha=1) -> ()` */
export function _foreach_sub__List(self: Tensor[], other: Tensor[], alpha?: Scalar): void {
  if (ID__foreach_sub__List < 0) ID__foreach_sub__List = resolve("aten::_foreach_sub_", "List");
  try { op(ID__foreach_sub__List, ths(self, "self"), ths(other, "other"), alpha); } catch (e) { throw fail(e, ["self","other","alpha"], [self, other, alpha]); }
}

let ID__foreach_sub__Scalar = -1;
/** `aten::_foreach_sub_.Scalar(Tensor(a!)[] self, Scalar scalar) -> ()` */
export function _foreach_sub__Scalar(self: Tensor[], scalar: Scalar): void {
  if (ID__foreach_sub__Scalar < 0) ID__foreach_sub__Scalar = resolve("aten::_foreach_sub_", "Scalar");
  try { op(ID__foreach_sub__Scalar, ths(self, "self"), scalar); } catch (e) { throw fail(e, ["self","scalar"], [self, scalar]); }
}

let ID__foreach_tan = -1;
/** `aten::_foreach_tan(Tensor[] self) -> Tensor[]` */
export function _foreach_tan(self: Tensor[]): Tensor[] {
  if (ID__foreach_tan < 0) ID__foreach_tan = resolve("aten::_foreach_tan", "");
  try { return wrapList(op(ID__foreach_tan, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_tan_ = -1;
/** `aten::_foreach_tan_(Tensor(a!)[] self) -> ()` */
export function _foreach_tan_(self: Tensor[]): void {
  if (ID__foreach_tan_ < 0) ID__foreach_tan_ = resolve("aten::_foreach_tan_", "");
  try { op(ID__foreach_tan_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_tanh = -1;
/** `aten::_foreach_tanh(Tensor[] self) -> Tensor[]` */
export function _foreach_tanh(self: Tensor[]): Tensor[] {
  if (ID__foreach_tanh < 0) ID__foreach_tanh = resolve("aten::_foreach_tanh", "");
  try { return wrapList(op(ID__foreach_tanh, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_tanh_ = -1;
/** `aten::_foreach_tanh_(Tensor(a!)[] self) -> ()` */
export function _foreach_tanh_(self: Tensor[]): void {
  if (ID__foreach_tanh_ < 0) ID__foreach_tanh_ = resolve("aten::_foreach_tanh_", "");
  try { op(ID__foreach_tanh_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_trunc = -1;
/** `aten::_foreach_trunc(Tensor[] self) -> Tensor[]` */
export function _foreach_trunc(self: Tensor[]): Tensor[] {
  if (ID__foreach_trunc < 0) ID__foreach_trunc = resolve("aten::_foreach_trunc", "");
  try { return wrapList(op(ID__foreach_trunc, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_trunc_ = -1;
/** `aten::_foreach_trunc_(Tensor(a!)[] self) -> ()` */
export function _foreach_trunc_(self: Tensor[]): void {
  if (ID__foreach_trunc_ < 0) ID__foreach_trunc_ = resolve("aten::_foreach_trunc_", "");
  try { op(ID__foreach_trunc_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_zero = -1;
/** `aten::_foreach_zero(Tensor[] self) -> Tensor[] self_out` */
export function _foreach_zero(self: Tensor[]): Tensor[] {
  if (ID__foreach_zero < 0) ID__foreach_zero = resolve("aten::_foreach_zero", "");
  try { return wrapList(op(ID__foreach_zero, ths(self, "self"))); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__foreach_zero_ = -1;
/** `aten::_foreach_zero_(Tensor(a!)[] self) -> ()` */
export function _foreach_zero_(self: Tensor[]): void {
  if (ID__foreach_zero_ < 0) ID__foreach_zero_ = resolve("aten::_foreach_zero_", "");
  try { op(ID__foreach_zero_, ths(self, "self")); } catch (e) { throw fail(e, ["self"], [self]); }
}

let ID__fused_adam = -1;
/** `aten::_fused_adam(Tensor[] self, Tensor[] grads, Tensor[] exp_avgs, Tensor[] exp_avg_sqs, Tensor[] max_exp_avg_sqs, Tensor[] state_steps, *, float lr, float beta1, float beta2, float weight_decay, float eps, bool amsgrad, bool maximize, Tensor? grad_scale=None, Tensor? found_inf=None) -> (Tensor[] self_out, Tensor[] grads_out, Tensor[] exp_avgs_out, Tensor[] exp_avg_sqs_out, Tensor[] max_exp_avg_sqs_out)` */
export function _fused_adam(self: Tensor[], grads: Tensor[], exp_avgs: Tensor[], exp_avg_sqs: Tensor[], max_exp_avg_sqs: Tensor[], state_steps: Tensor[], lr: number, beta1: number, beta2: number, weight_decay: number, eps: number, amsgrad: boolean, maximize: boolean, grad_scale?: Tensor | null, found_inf?: Tensor | null): [Tensor[], Tensor[], Tensor[], Tensor[], Tensor[]] {
  if (ID__fused_adam < 0) ID__fused_adam = resolve("aten::_fused_adam", "");
  let r: unknown[];
  try { r = op(ID__fused_adam, ths(self, "self"), ths(grads, "grads"), ths(exp_avgs, "exp_avgs"), ths(exp_avg_sqs, "exp_avg_sqs"), ths(max_exp_avg_sqs, "max_exp_avg_sqs"), ths(state_steps, "state_steps"), lr, beta1, beta2, weight_decay, eps, amsgrad, maximize, oth(grad_scale, "grad_scale"), oth(found_inf, "found_inf")) as unknown[]; } catch (e) { throw fail(e, ["self","grads","exp_avgs","exp_avg_sqs","max_exp_avg_sqs","state_steps","lr","beta1","beta2","weight_decay","eps","amsgrad","maximize","*grad_scale","*found_inf"], [self, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, state_steps, lr, beta1, beta2, weight_decay, eps, amsgrad, maximize, grad_scale, found_inf]); }
  return [wrapList(r[0]), wrapList(r[1]), wrapList(r[2]), wrapList(r[3]), wrapList(r[4])];
}

let ID__fused_adam_ = -1;
/** `aten::_fused_adam_(Tensor(a!)[] self, Tensor(b!)[] grads, Tensor(c!)[] exp_avgs, Tensor(d!)[] exp_avg_sqs, Tensor(e!)[] max_exp_avg_sqs, Tensor[] state_steps, *, float lr, float beta1, float beta2, float weight_decay, float eps, bool amsgrad, bool maximize, Tensor? grad_scale=None, Tensor? found_inf=None) -> ()` */
export function _fused_adam_(self: Tensor[], grads: Tensor[], exp_avgs: Tensor[], exp_avg_sqs: Tensor[], max_exp_avg_sqs: Tensor[], state_steps: Tensor[], lr: number, beta1: number, beta2: number, weight_decay: number, eps: number, amsgrad: boolean, maximize: boolean, grad_scale?: Tensor | null, found_inf?: Tensor | null): void {
  if (ID__fused_adam_ < 0) ID__fused_adam_ = resolve("aten::_fused_adam_", "");
  try { op(ID__fused_adam_, ths(self, "self"), ths(grads, "grads"), ths(exp_avgs, "exp_avgs"), ths(exp_avg_sqs, "exp_avg_sqs"), ths(max_exp_avg_sqs, "max_exp_avg_sqs"), ths(state_steps, "state_steps"), lr, beta1, beta2, weight_decay, eps, amsgrad, maximize, oth(grad_scale, "grad_scale"), oth(found_inf, "found_inf")); } catch (e) { throw fail(e, ["self","grads","exp_avgs","exp_avg_sqs","max_exp_avg_sqs","state_steps","lr","beta1","beta2","weight_decay","eps","amsgrad","maximize","*grad_scale","*found_inf"], [self, grads, exp_avgs, exp_avg_sqs, max_exp_avg_sqs, state_steps, lr, beta1, beta2, weight_decay, eps, amsgrad, maximize, grad_scale, found_inf]); }
}

let ID__fused_dropout = -1;
/** `aten::_fused_dropout(Tensor self, float p, Generator? generator=None) -> (Tensor, Tensor)` */
export function _fused_dropout(self: Tensor, p: number): [Tensor, Tensor] {
  if (ID__fused_dropout < 0) ID__fused_dropout = resolve("aten::_fused_dropout", "");
  let r: unknown[];
  try { r = op(ID__fused_dropout, th(self, "self"), p, undefined) as unknown[]; } catch (e) { throw fail(e, ["*self","p","generator"], [self, p, undefined]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__fused_moving_avg_obs_fq_helper = -1;
/** `aten::_fused_moving_avg_obs_fq_helper(Tensor self, Tensor observer_on, Tensor fake_quant_on, Tensor(a!) running_min, Tensor(b!) running_max, Tensor(c!) scale, Tensor(d!) zero_point, float averaging_const, int quant_min, int quant_max, int ch_axis, bool per_row_fake_quant=False, bool symmetric_quant=False) -> (Tensor output, Tensor mask)` */
export function _fused_moving_avg_obs_fq_helper(self: Tensor, observer_on: Tensor, fake_quant_on: Tensor, running_min: Tensor, running_max: Tensor, scale: Tensor, zero_point: Tensor, averaging_const: number, quant_min: number, quant_max: number, ch_axis: number, per_row_fake_quant?: boolean, symmetric_quant?: boolean): [Tensor, Tensor] {
  if (ID__fused_moving_avg_obs_fq_helper < 0) ID__fused_moving_avg_obs_fq_helper = resolve("aten::_fused_moving_avg_obs_fq_helper", "");
  let r: unknown[];
  try { r = op(ID__fused_moving_avg_obs_fq_helper, th(self, "self"), th(observer_on, "observer_on"), th(fake_quant_on, "fake_quant_on"), th(running_min, "running_min"), th(running_max, "running_max"), th(scale, "scale"), th(zero_point, "zero_point"), averaging_const, quant_min, quant_max, ch_axis, per_row_fake_quant, symmetric_quant) as unknown[]; } catch (e) { throw fail(e, ["*self","*observer_on","*fake_quant_on","*running_min","*running_max","*scale","*zero_point","averaging_const","quant_min","quant_max","ch_axis","per_row_fake_quant","symmetric_quant"], [self, observer_on, fake_quant_on, running_min, running_max, scale, zero_point, averaging_const, quant_min, quant_max, ch_axis, per_row_fake_quant, symmetric_quant]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__fused_moving_avg_obs_fq_helper_functional = -1;
/** `aten::_fused_moving_avg_obs_fq_helper_functional(Tensor self, Tensor observer_on, Tensor fake_quant_on, Tensor running_min, Tensor running_max, Tensor scale, Tensor zero_point, float averaging_const, int quant_min, int quant_max, int ch_axis, bool per_row_fake_quant=False, bool symmetric_quant=False) -> (Tensor output, Tensor mask, Tensor running_min_out, Tensor running_max_out, Tensor scale_out, Tensor zero_point_out)` */
export function _fused_moving_avg_obs_fq_helper_functional(self: Tensor, observer_on: Tensor, fake_quant_on: Tensor, running_min: Tensor, running_max: Tensor, scale: Tensor, zero_point: Tensor, averaging_const: number, quant_min: number, quant_max: number, ch_axis: number, per_row_fake_quant?: boolean, symmetric_quant?: boolean): [Tensor, Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__fused_moving_avg_obs_fq_helper_functional < 0) ID__fused_moving_avg_obs_fq_helper_functional = resolve("aten::_fused_moving_avg_obs_fq_helper_functional", "");
  let r: unknown[];
  try { r = op(ID__fused_moving_avg_obs_fq_helper_functional, th(self, "self"), th(observer_on, "observer_on"), th(fake_quant_on, "fake_quant_on"), th(running_min, "running_min"), th(running_max, "running_max"), th(scale, "scale"), th(zero_point, "zero_point"), averaging_const, quant_min, quant_max, ch_axis, per_row_fake_quant, symmetric_quant) as unknown[]; } catch (e) { throw fail(e, ["*self","*observer_on","*fake_quant_on","*running_min","*running_max","*scale","*zero_point","averaging_const","quant_min","quant_max","ch_axis","per_row_fake_quant","symmetric_quant"], [self, observer_on, fake_quant_on, running_min, running_max, scale, zero_point, averaging_const, quant_min, quant_max, ch_axis, per_row_fake_quant, symmetric_quant]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4]), wrap(r[5])];
}

let ID__fw_primal = -1;
/** `aten::_fw_primal(Tensor(a) self, int level) -> Tensor(a)` */
export function _fw_primal(self: Tensor, level: number): Tensor {
  if (ID__fw_primal < 0) ID__fw_primal = resolve("aten::_fw_primal", "");
  try { return wrap(op(ID__fw_primal, th(self, "self"), level)); } catch (e) { throw fail(e, ["*self","level"], [self, level]); }
}

let ID__fw_primal_copy = -1;
/** `aten::_fw_primal_copy(Tensor self, int level) -> Tensor` */
export function _fw_primal_copy(self: Tensor, level: number): Tensor {
  if (ID__fw_primal_copy < 0) ID__fw_primal_copy = resolve("aten::_fw_primal_copy", "");
  try { return wrap(op(ID__fw_primal_copy, th(self, "self"), level)); } catch (e) { throw fail(e, ["*self","level"], [self, level]); }
}

let ID__gather_sparse_backward = -1;
/** `aten::_gather_sparse_backward(Tensor self, int dim, Tensor index, Tensor grad) -> Tensor` */
export function _gather_sparse_backward(self: Tensor, dim: number, index: Tensor, grad: Tensor): Tensor {
  if (ID__gather_sparse_backward < 0) ID__gather_sparse_backward = resolve("aten::_gather_sparse_backward", "");
  try { return wrap(op(ID__gather_sparse_backward, th(self, "self"), dim, th(index, "index"), th(grad, "grad"))); } catch (e) { throw fail(e, ["*self","dim","*index","*grad"], [self, dim, index, grad]); }
}

let ID__grid_sampler_2d_cpu_fallback = -1;
/** `aten::_grid_sampler_2d_cpu_fallback(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor` */
export function _grid_sampler_2d_cpu_fallback(input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean): Tensor {
  if (ID__grid_sampler_2d_cpu_fallback < 0) ID__grid_sampler_2d_cpu_fallback = resolve("aten::_grid_sampler_2d_cpu_fallback", "");
  try { return wrap(op(ID__grid_sampler_2d_cpu_fallback, th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners)); } catch (e) { throw fail(e, ["*input","*grid","interpolation_mode","padding_mode","align_corners"], [input, grid, interpolation_mode, padding_mode, align_corners]); }
}

let ID__grid_sampler_2d_cpu_fallback_backward = -1;
/** `aten::_grid_sampler_2d_cpu_fallback_backward(Tensor grad_output, Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> (Tensor, Tensor)` */
export function _grid_sampler_2d_cpu_fallback_backward(grad_output: Tensor, input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean): [Tensor, Tensor] {
  if (ID__grid_sampler_2d_cpu_fallback_backward < 0) ID__grid_sampler_2d_cpu_fallback_backward = resolve("aten::_grid_sampler_2d_cpu_fallback_backward", "");
  let r: unknown[];
  try { r = op(ID__grid_sampler_2d_cpu_fallback_backward, th(grad_output, "grad_output"), th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*input","*grid","interpolation_mode","padding_mode","align_corners"], [grad_output, input, grid, interpolation_mode, padding_mode, align_corners]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__has_compatible_shallow_copy_type = -1;
/** `aten::_has_compatible_shallow_copy_type(Tensor self, Tensor from) -> bool` */
export function _has_compatible_shallow_copy_type(self: Tensor, from: Tensor): boolean {
  if (ID__has_compatible_shallow_copy_type < 0) ID__has_compatible_shallow_copy_type = resolve("aten::_has_compatible_shallow_copy_type", "");
  try { return op(ID__has_compatible_shallow_copy_type, th(self, "self"), th(from, "from")) as boolean; } catch (e) { throw fail(e, ["*self","*from"], [self, from]); }
}

let ID__has_same_storage_numel = -1;
/** `aten::_has_same_storage_numel(Tensor self, Tensor other) -> bool` */
export function _has_same_storage_numel(self: Tensor, other: Tensor): boolean {
  if (ID__has_same_storage_numel < 0) ID__has_same_storage_numel = resolve("aten::_has_same_storage_numel", "");
  try { return op(ID__has_same_storage_numel, th(self, "self"), th(other, "other")) as boolean; } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID__histogramdd_bin_edges = -1;
/** `aten::_histogramdd_bin_edges(Tensor self, int[] bins, *, float[]? range=None, Tensor? weight=None, bool density=False) -> Tensor[]` */
export function _histogramdd_bin_edges(self: Tensor, bins: number | number[], range?: number[] | null, weight?: Tensor | null, density?: boolean): Tensor[] {
  if (ID__histogramdd_bin_edges < 0) ID__histogramdd_bin_edges = resolve("aten::_histogramdd_bin_edges", "");
  try { return wrapList(op(ID__histogramdd_bin_edges, th(self, "self"), bins, range, oth(weight, "weight"), density)); } catch (e) { throw fail(e, ["*self","bins","range","*weight","density"], [self, bins, range, weight, density]); }
}

let ID__histogramdd_from_bin_cts = -1;
/** `aten::_histogramdd_from_bin_cts(Tensor self, int[] bins, *, float[]? range=None, Tensor? weight=None, bool density=False) -> Tensor` */
export function _histogramdd_from_bin_cts(self: Tensor, bins: number | number[], range?: number[] | null, weight?: Tensor | null, density?: boolean): Tensor {
  if (ID__histogramdd_from_bin_cts < 0) ID__histogramdd_from_bin_cts = resolve("aten::_histogramdd_from_bin_cts", "");
  try { return wrap(op(ID__histogramdd_from_bin_cts, th(self, "self"), bins, range, oth(weight, "weight"), density)); } catch (e) { throw fail(e, ["*self","bins","range","*weight","density"], [self, bins, range, weight, density]); }
}

let ID__histogramdd_from_bin_tensors = -1;
/** `aten::_histogramdd_from_bin_tensors(Tensor self, Tensor[] bins, *, Tensor? weight=None, bool density=False) -> Tensor` */
export function _histogramdd_from_bin_tensors(self: Tensor, bins: Tensor[], weight?: Tensor | null, density?: boolean): Tensor {
  if (ID__histogramdd_from_bin_tensors < 0) ID__histogramdd_from_bin_tensors = resolve("aten::_histogramdd_from_bin_tensors", "");
  try { return wrap(op(ID__histogramdd_from_bin_tensors, th(self, "self"), ths(bins, "bins"), oth(weight, "weight"), density)); } catch (e) { throw fail(e, ["*self","bins","*weight","density"], [self, bins, weight, density]); }
}

let ID__index_put_impl = -1;
/** `aten::_index_put_impl(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False, bool unsafe=False) -> Tensor` */
export function _index_put_impl(self: Tensor, indices: (Tensor | null)[], values: Tensor, accumulate?: boolean, unsafe?: boolean): Tensor {
  if (ID__index_put_impl < 0) ID__index_put_impl = resolve("aten::_index_put_impl", "");
  try { return wrap(op(ID__index_put_impl, th(self, "self"), oths(indices, "indices"), th(values, "values"), accumulate, unsafe)); } catch (e) { throw fail(e, ["*self","indices","*values","accumulate","unsafe"], [self, indices, values, accumulate, unsafe]); }
}

let ID__index_put_impl_ = -1;
/** `aten::_index_put_impl_(Tensor(a!) self, Tensor?[] indices, Tensor values, bool accumulate=False, bool unsafe=False) -> Tensor(a!)` */
export function _index_put_impl_(self: Tensor, indices: (Tensor | null)[], values: Tensor, accumulate?: boolean, unsafe?: boolean): Tensor {
  if (ID__index_put_impl_ < 0) ID__index_put_impl_ = resolve("aten::_index_put_impl_", "");
  try { return wrap(op(ID__index_put_impl_, th(self, "self"), oths(indices, "indices"), th(values, "values"), accumulate, unsafe)); } catch (e) { throw fail(e, ["*self","indices","*values","accumulate","unsafe"], [self, indices, values, accumulate, unsafe]); }
}

let ID__indices = -1;
/** `aten::_indices(Tensor(a) self) -> Tensor(a)` */
export function _indices(self: Tensor): Tensor {
  if (ID__indices < 0) ID__indices = resolve("aten::_indices", "");
  try { return wrap(op(ID__indices, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__indices_copy = -1;
/** `aten::_indices_copy(Tensor self) -> Tensor` */
export function _indices_copy(self: Tensor): Tensor {
  if (ID__indices_copy < 0) ID__indices_copy = resolve("aten::_indices_copy", "");
  try { return wrap(op(ID__indices_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__is_zerotensor = -1;
/** `aten::_is_zerotensor(Tensor self) -> bool` */
export function _is_zerotensor(self: Tensor): boolean {
  if (ID__is_zerotensor < 0) ID__is_zerotensor = resolve("aten::_is_zerotensor", "");
  try { return op(ID__is_zerotensor, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__linalg_check_errors = -1;
/** `aten::_linalg_check_errors(Tensor info, str api_name, *, bool is_matrix) -> ()` */
export function _linalg_check_errors(info: Tensor, api_name: string, is_matrix: boolean): void {
  if (ID__linalg_check_errors < 0) ID__linalg_check_errors = resolve("aten::_linalg_check_errors", "");
  try { op(ID__linalg_check_errors, th(info, "info"), api_name, is_matrix); } catch (e) { throw fail(e, ["*info","api_name","is_matrix"], [info, api_name, is_matrix]); }
}

let ID__linalg_det = -1;
/** `aten::_linalg_det(Tensor A) -> (Tensor result, Tensor LU, Tensor pivots)` */
export function _linalg_det(A: Tensor): [Tensor, Tensor, Tensor] {
  if (ID__linalg_det < 0) ID__linalg_det = resolve("aten::_linalg_det", "");
  let r: unknown[];
  try { r = op(ID__linalg_det, th(A, "A")) as unknown[]; } catch (e) { throw fail(e, ["*A"], [A]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__linalg_eigh = -1;
/** `aten::_linalg_eigh(Tensor A, str UPLO="L", bool compute_v=True) -> (Tensor eigenvalues, Tensor eigenvectors)` */
export function _linalg_eigh(A: Tensor, UPLO?: string, compute_v?: boolean): [Tensor, Tensor] {
  if (ID__linalg_eigh < 0) ID__linalg_eigh = resolve("aten::_linalg_eigh", "");
  let r: unknown[];
  try { r = op(ID__linalg_eigh, th(A, "A"), UPLO, compute_v) as unknown[]; } catch (e) { throw fail(e, ["*A","UPLO","compute_v"], [A, UPLO, compute_v]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__linalg_slogdet = -1;
/** `aten::_linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet, Tensor LU, Tensor pivots)` */
export function _linalg_slogdet(A: Tensor): [Tensor, Tensor, Tensor, Tensor] {
  if (ID__linalg_slogdet < 0) ID__linalg_slogdet = resolve("aten::_linalg_slogdet", "");
  let r: unknown[];
  try { r = op(ID__linalg_slogdet, th(A, "A")) as unknown[]; } catch (e) { throw fail(e, ["*A"], [A]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID__linalg_solve_ex = -1;
/** `aten::_linalg_solve_ex(Tensor A, Tensor B, *, bool left=True, bool check_errors=False) -> (Tensor result, Tensor LU, Tensor pivots, Tensor info)` */
export function _linalg_solve_ex(A: Tensor, B: Tensor, left?: boolean, check_errors?: boolean): [Tensor, Tensor, Tensor, Tensor] {
  if (ID__linalg_solve_ex < 0) ID__linalg_solve_ex = resolve("aten::_linalg_solve_ex", "");
  let r: unknown[];
  try { r = op(ID__linalg_solve_ex, th(A, "A"), th(B, "B"), left, check_errors) as unknown[]; } catch (e) { throw fail(e, ["*A","*B","left","check_errors"], [A, B, left, check_errors]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID__linalg_svd = -1;
/** `aten::_linalg_svd(Tensor A, bool full_matrices=False, bool compute_uv=True, *, str? driver=None) -> (Tensor U, Tensor S, Tensor Vh)` */
export function _linalg_svd(A: Tensor, full_matrices?: boolean, compute_uv?: boolean, driver?: string | null): [Tensor, Tensor, Tensor] {
  if (ID__linalg_svd < 0) ID__linalg_svd = resolve("aten::_linalg_svd", "");
  let r: unknown[];
  try { r = op(ID__linalg_svd, th(A, "A"), full_matrices, compute_uv, driver) as unknown[]; } catch (e) { throw fail(e, ["*A","full_matrices","compute_uv","driver"], [A, full_matrices, compute_uv, driver]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__local_scalar_dense = -1;
/** `aten::_local_scalar_dense(Tensor self) -> Scalar` */
export function _local_scalar_dense(self: Tensor): number {
  if (ID__local_scalar_dense < 0) ID__local_scalar_dense = resolve("aten::_local_scalar_dense", "");
  try { return op(ID__local_scalar_dense, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__log_softmax = -1;
/** `aten::_log_softmax(Tensor self, int dim, bool half_to_float) -> Tensor` */
export function _log_softmax(self: Tensor, dim: number, half_to_float: boolean): Tensor {
  if (ID__log_softmax < 0) ID__log_softmax = resolve("aten::_log_softmax", "");
  try { return wrap(op(ID__log_softmax, th(self, "self"), dim, half_to_float)); } catch (e) { throw fail(e, ["*self","dim","half_to_float"], [self, dim, half_to_float]); }
}

let ID__log_softmax_backward_data = -1;
/** `aten::_log_softmax_backward_data(Tensor grad_output, Tensor output, int dim, ScalarType input_dtype) -> Tensor` */
export function _log_softmax_backward_data(grad_output: Tensor, output: Tensor, dim: number, input_dtype: DType): Tensor {
  if (ID__log_softmax_backward_data < 0) ID__log_softmax_backward_data = resolve("aten::_log_softmax_backward_data", "");
  try { return wrap(op(ID__log_softmax_backward_data, th(grad_output, "grad_output"), th(output, "output"), dim, dtypeCode(input_dtype))); } catch (e) { throw fail(e, ["*grad_output","*output","dim","input_dtype"], [grad_output, output, dim, input_dtype]); }
}

let ID__logcumsumexp = -1;
/** `aten::_logcumsumexp(Tensor self, int dim) -> Tensor` */
export function _logcumsumexp(self: Tensor, dim: number): Tensor {
  if (ID__logcumsumexp < 0) ID__logcumsumexp = resolve("aten::_logcumsumexp", "");
  try { return wrap(op(ID__logcumsumexp, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID__lstm_mps = -1;
/** `aten::_lstm_mps(Tensor input, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function _lstm_mps(input: Tensor, hx: Tensor[], params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__lstm_mps < 0) ID__lstm_mps = resolve("aten::_lstm_mps", "");
  let r: unknown[];
  try { r = op(ID__lstm_mps, th(input, "input"), ths(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID__lu_with_info = -1;
/** `aten::_lu_with_info(Tensor self, bool pivot=True, bool check_errors=True) -> (Tensor LU, Tensor pivots, Tensor info)` */
export function _lu_with_info(self: Tensor, pivot?: boolean, check_errors?: boolean): [Tensor, Tensor, Tensor] {
  if (ID__lu_with_info < 0) ID__lu_with_info = resolve("aten::_lu_with_info", "");
  let r: unknown[];
  try { r = op(ID__lu_with_info, th(self, "self"), pivot, check_errors) as unknown[]; } catch (e) { throw fail(e, ["*self","pivot","check_errors"], [self, pivot, check_errors]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__make_dual = -1;
/** `aten::_make_dual(Tensor(a) primal, Tensor tangent, int level) -> Tensor(a)` */
export function _make_dual(primal: Tensor, tangent: Tensor, level: number): Tensor {
  if (ID__make_dual < 0) ID__make_dual = resolve("aten::_make_dual", "");
  try { return wrap(op(ID__make_dual, th(primal, "primal"), th(tangent, "tangent"), level)); } catch (e) { throw fail(e, ["*primal","*tangent","level"], [primal, tangent, level]); }
}

let ID__make_dual_copy = -1;
/** `aten::_make_dual_copy(Tensor primal, Tensor tangent, int level) -> Tensor` */
export function _make_dual_copy(primal: Tensor, tangent: Tensor, level: number): Tensor {
  if (ID__make_dual_copy < 0) ID__make_dual_copy = resolve("aten::_make_dual_copy", "");
  try { return wrap(op(ID__make_dual_copy, th(primal, "primal"), th(tangent, "tangent"), level)); } catch (e) { throw fail(e, ["*primal","*tangent","level"], [primal, tangent, level]); }
}

let ID__make_per_channel_quantized_tensor = -1;
/** `aten::_make_per_channel_quantized_tensor(Tensor self, Tensor scale, Tensor zero_point, int axis) -> Tensor` */
export function _make_per_channel_quantized_tensor(self: Tensor, scale: Tensor, zero_point: Tensor, axis: number): Tensor {
  if (ID__make_per_channel_quantized_tensor < 0) ID__make_per_channel_quantized_tensor = resolve("aten::_make_per_channel_quantized_tensor", "");
  try { return wrap(op(ID__make_per_channel_quantized_tensor, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), axis)); } catch (e) { throw fail(e, ["*self","*scale","*zero_point","axis"], [self, scale, zero_point, axis]); }
}

let ID__make_per_tensor_quantized_tensor = -1;
/** `aten::_make_per_tensor_quantized_tensor(Tensor self, float scale, int zero_point) -> Tensor` */
export function _make_per_tensor_quantized_tensor(self: Tensor, scale: number, zero_point: number): Tensor {
  if (ID__make_per_tensor_quantized_tensor < 0) ID__make_per_tensor_quantized_tensor = resolve("aten::_make_per_tensor_quantized_tensor", "");
  try { return wrap(op(ID__make_per_tensor_quantized_tensor, th(self, "self"), scale, zero_point)); } catch (e) { throw fail(e, ["*self","scale","zero_point"], [self, scale, zero_point]); }
}

let ID__masked_scale = -1;
/** `aten::_masked_scale(Tensor self, Tensor mask, float scale) -> Tensor` */
export function _masked_scale(self: Tensor, mask: Tensor, scale: number): Tensor {
  if (ID__masked_scale < 0) ID__masked_scale = resolve("aten::_masked_scale", "");
  try { return wrap(op(ID__masked_scale, th(self, "self"), th(mask, "mask"), scale)); } catch (e) { throw fail(e, ["*self","*mask","scale"], [self, mask, scale]); }
}

let ID__masked_softmax = -1;
/** `aten::_masked_softmax(Tensor self, Tensor mask, int? dim=None, int? mask_type=None) -> Tensor` */
export function _masked_softmax(self: Tensor, mask: Tensor, dim?: number | null, mask_type?: number | null): Tensor {
  if (ID__masked_softmax < 0) ID__masked_softmax = resolve("aten::_masked_softmax", "");
  try { return wrap(op(ID__masked_softmax, th(self, "self"), th(mask, "mask"), dim, mask_type)); } catch (e) { throw fail(e, ["*self","*mask","dim","mask_type"], [self, mask, dim, mask_type]); }
}

let ID__masked_softmax_backward = -1;
/** `aten::_masked_softmax_backward(Tensor grad_output, Tensor output, Tensor mask, int? dim=None) -> Tensor` */
export function _masked_softmax_backward(grad_output: Tensor, output: Tensor, mask: Tensor, dim?: number | null): Tensor {
  if (ID__masked_softmax_backward < 0) ID__masked_softmax_backward = resolve("aten::_masked_softmax_backward", "");
  try { return wrap(op(ID__masked_softmax_backward, th(grad_output, "grad_output"), th(output, "output"), th(mask, "mask"), dim)); } catch (e) { throw fail(e, ["*grad_output","*output","*mask","dim"], [grad_output, output, mask, dim]); }
}

let ID__mkldnn_reshape = -1;
/** `aten::_mkldnn_reshape(Tensor self, int[] shape) -> Tensor` */
export function _mkldnn_reshape(self: Tensor, shape: number | number[]): Tensor {
  if (ID__mkldnn_reshape < 0) ID__mkldnn_reshape = resolve("aten::_mkldnn_reshape", "");
  try { return wrap(op(ID__mkldnn_reshape, th(self, "self"), shape)); } catch (e) { throw fail(e, ["*self","shape"], [self, shape]); }
}

let ID__mkldnn_transpose = -1;
/** `aten::_mkldnn_transpose(Tensor self, int dim0, int dim1) -> Tensor` */
export function _mkldnn_transpose(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID__mkldnn_transpose < 0) ID__mkldnn_transpose = resolve("aten::_mkldnn_transpose", "");
  try { return wrap(op(ID__mkldnn_transpose, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID__mkldnn_transpose_ = -1;
/** `aten::_mkldnn_transpose_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)` */
export function _mkldnn_transpose_(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID__mkldnn_transpose_ < 0) ID__mkldnn_transpose_ = resolve("aten::_mkldnn_transpose_", "");
  try { return wrap(op(ID__mkldnn_transpose_, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID__mps_convolution = -1;
/** `aten::_mps_convolution(Tensor self, Tensor weight, Tensor? bias, int[] padding, int[] stride, int[] dilation, int groups) -> Tensor` */
export function _mps_convolution(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, padding: number | number[], stride: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID__mps_convolution < 0) ID__mps_convolution = resolve("aten::_mps_convolution", "");
  try { return wrap(op(ID__mps_convolution, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), padding, stride, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","*bias","padding","stride","dilation","groups"], [self, weight, bias, padding, stride, dilation, groups]); }
}

let ID__mps_convolution_transpose = -1;
/** `aten::_mps_convolution_transpose(Tensor self, Tensor weight, int[] padding, int[] output_padding, int[] stride, int[] dilation, int groups) -> Tensor` */
export function _mps_convolution_transpose(self: Tensor, weight: Tensor, padding: number | number[], output_padding: number | number[], stride: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID__mps_convolution_transpose < 0) ID__mps_convolution_transpose = resolve("aten::_mps_convolution_transpose", "");
  try { return wrap(op(ID__mps_convolution_transpose, th(self, "self"), th(weight, "weight"), padding, output_padding, stride, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","padding","output_padding","stride","dilation","groups"], [self, weight, padding, output_padding, stride, dilation, groups]); }
}

let ID__mps_max_pool2d = -1;
/** `aten::_mps_max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor` */
export function _mps_max_pool2d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID__mps_max_pool2d < 0) ID__mps_max_pool2d = resolve("aten::_mps_max_pool2d", "");
  try { return wrap(op(ID__mps_max_pool2d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID__native_decoder_only_multi_head_attention = -1;
/** `aten::_native_decoder_only_multi_head_attention(Tensor query, Tensor key, Tensor value, int embed_dim, int num_head, Tensor qkv_weight, Tensor qkv_bias, Tensor proj_weight, Tensor proj_bias, Tensor? mask=None, Tensor? incr_key=None, Tensor? incr_value=None, bool need_weights=True, bool average_attn_weights=True) -> (Tensor, Tensor, Tensor, Tensor)` */
export function _native_decoder_only_multi_head_attention(query: Tensor, key: Tensor, value: Tensor, embed_dim: number, num_head: number, qkv_weight: Tensor, qkv_bias: Tensor, proj_weight: Tensor, proj_bias: Tensor, mask?: Tensor | null, incr_key?: Tensor | null, incr_value?: Tensor | null, need_weights?: boolean, average_attn_weights?: boolean): [Tensor, Tensor, Tensor, Tensor] {
  if (ID__native_decoder_only_multi_head_attention < 0) ID__native_decoder_only_multi_head_attention = resolve("aten::_native_decoder_only_multi_head_attention", "");
  let r: unknown[];
  try { r = op(ID__native_decoder_only_multi_head_attention, th(query, "query"), th(key, "key"), th(value, "value"), embed_dim, num_head, th(qkv_weight, "qkv_weight"), th(qkv_bias, "qkv_bias"), th(proj_weight, "proj_weight"), th(proj_bias, "proj_bias"), oth(mask, "mask"), oth(incr_key, "incr_key"), oth(incr_value, "incr_value"), need_weights, average_attn_weights) as unknown[]; } catch (e) { throw fail(e, ["*query","*key","*value","embed_dim","num_head","*qkv_weight","*qkv_bias","*proj_weight","*proj_bias","*mask","*incr_key","*incr_value","need_weights","average_attn_weights"], [query, key, value, embed_dim, num_head, qkv_weight, qkv_bias, proj_weight, proj_bias, mask, incr_key, incr_value, need_weights, average_attn_weights]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID__native_multi_head_attention = -1;
/** `aten::_native_multi_head_attention(Tensor query, Tensor key, Tensor value, int embed_dim, int num_head, Tensor qkv_weight, Tensor qkv_bias, Tensor proj_weight, Tensor proj_bias, Tensor? mask=None, bool need_weights=True, bool average_attn_weights=True, int? mask_type=None) -> (Tensor, Tensor)` */
export function _native_multi_head_attention(query: Tensor, key: Tensor, value: Tensor, embed_dim: number, num_head: number, qkv_weight: Tensor, qkv_bias: Tensor, proj_weight: Tensor, proj_bias: Tensor, mask?: Tensor | null, need_weights?: boolean, average_attn_weights?: boolean, mask_type?: number | null): [Tensor, Tensor] {
  if (ID__native_multi_head_attention < 0) ID__native_multi_head_attention = resolve("aten::_native_multi_head_attention", "");
  let r: unknown[];
  try { r = op(ID__native_multi_head_attention, th(query, "query"), th(key, "key"), th(value, "value"), embed_dim, num_head, th(qkv_weight, "qkv_weight"), th(qkv_bias, "qkv_bias"), th(proj_weight, "proj_weight"), th(proj_bias, "proj_bias"), oth(mask, "mask"), need_weights, average_attn_weights, mask_type) as unknown[]; } catch (e) { throw fail(e, ["*query","*key","*value","embed_dim","num_head","*qkv_weight","*qkv_bias","*proj_weight","*proj_bias","*mask","need_weights","average_attn_weights","mask_type"], [query, key, value, embed_dim, num_head, qkv_weight, qkv_bias, proj_weight, proj_bias, mask, need_weights, average_attn_weights, mask_type]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__neg_view = -1;
/** `aten::_neg_view(Tensor(a) self) -> Tensor(a)` */
export function _neg_view(self: Tensor): Tensor {
  if (ID__neg_view < 0) ID__neg_view = resolve("aten::_neg_view", "");
  try { return wrap(op(ID__neg_view, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__neg_view_copy = -1;
/** `aten::_neg_view_copy(Tensor self) -> Tensor` */
export function _neg_view_copy(self: Tensor): Tensor {
  if (ID__neg_view_copy < 0) ID__neg_view_copy = resolve("aten::_neg_view_copy", "");
  try { return wrap(op(ID__neg_view_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__nested_from_padded = -1;
/** `aten::_nested_from_padded(Tensor padded, Tensor cpu_nested_shape_example, bool fuse_transform_0213=False) -> Tensor` */
export function _nested_from_padded(padded: Tensor, cpu_nested_shape_example: Tensor, fuse_transform_0213?: boolean): Tensor {
  if (ID__nested_from_padded < 0) ID__nested_from_padded = resolve("aten::_nested_from_padded", "");
  try { return wrap(op(ID__nested_from_padded, th(padded, "padded"), th(cpu_nested_shape_example, "cpu_nested_shape_example"), fuse_transform_0213)); } catch (e) { throw fail(e, ["*padded","*cpu_nested_shape_example","fuse_transform_0213"], [padded, cpu_nested_shape_example, fuse_transform_0213]); }
}

let ID__nested_from_padded_and_nested_example = -1;
/** `aten::_nested_from_padded_and_nested_example(Tensor padded, Tensor nt_example) -> Tensor` */
export function _nested_from_padded_and_nested_example(padded: Tensor, nt_example: Tensor): Tensor {
  if (ID__nested_from_padded_and_nested_example < 0) ID__nested_from_padded_and_nested_example = resolve("aten::_nested_from_padded_and_nested_example", "");
  try { return wrap(op(ID__nested_from_padded_and_nested_example, th(padded, "padded"), th(nt_example, "nt_example"))); } catch (e) { throw fail(e, ["*padded","*nt_example"], [padded, nt_example]); }
}

let ID__nested_select_backward = -1;
/** `aten::_nested_select_backward(Tensor grad_output, Tensor self, int dim, int index) -> Tensor` */
export function _nested_select_backward(grad_output: Tensor, self: Tensor, dim: number, index: number): Tensor {
  if (ID__nested_select_backward < 0) ID__nested_select_backward = resolve("aten::_nested_select_backward", "");
  try { return wrap(op(ID__nested_select_backward, th(grad_output, "grad_output"), th(self, "self"), dim, index)); } catch (e) { throw fail(e, ["*grad_output","*self","dim","index"], [grad_output, self, dim, index]); }
}

let ID__nested_sum_backward = -1;
/** `aten::_nested_sum_backward(Tensor grad, Tensor self, int[1]? dim, bool keepdim=False) -> Tensor` */
export function _nested_sum_backward(grad: Tensor, self: Tensor, dim?: number | number[] | null, keepdim?: boolean): Tensor {
  if (ID__nested_sum_backward < 0) ID__nested_sum_backward = resolve("aten::_nested_sum_backward", "");
  try { return wrap(op(ID__nested_sum_backward, th(grad, "grad"), th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*grad","*self","dim","keepdim"], [grad, self, dim, keepdim]); }
}

let ID__nested_tensor_from_mask = -1;
/** `aten::_nested_tensor_from_mask(Tensor t, Tensor mask, bool mask_check=True) -> Tensor` */
export function _nested_tensor_from_mask(t: Tensor, mask: Tensor, mask_check?: boolean): Tensor {
  if (ID__nested_tensor_from_mask < 0) ID__nested_tensor_from_mask = resolve("aten::_nested_tensor_from_mask", "");
  try { return wrap(op(ID__nested_tensor_from_mask, th(t, "t"), th(mask, "mask"), mask_check)); } catch (e) { throw fail(e, ["*t","*mask","mask_check"], [t, mask, mask_check]); }
}

let ID__nested_tensor_from_tensor_list = -1;
/** `aten::_nested_tensor_from_tensor_list(Tensor[] list, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _nested_tensor_from_tensor_list(list: Tensor[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__nested_tensor_from_tensor_list < 0) ID__nested_tensor_from_tensor_list = resolve("aten::_nested_tensor_from_tensor_list", "");
  try { return wrap(op(ID__nested_tensor_from_tensor_list, ths(list, "list"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["list","dtype","layout","device","pin_memory"], [list, dtype, layout, device, pin_memory]); }
}

let ID__nested_tensor_layer_norm = -1;
/** `aten::_nested_tensor_layer_norm(Tensor self, Tensor? weight, Tensor? bias, float eps) -> Tensor` */
export function _nested_tensor_layer_norm(self: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, eps: number): Tensor {
  if (ID__nested_tensor_layer_norm < 0) ID__nested_tensor_layer_norm = resolve("aten::_nested_tensor_layer_norm", "");
  try { return wrap(op(ID__nested_tensor_layer_norm, th(self, "self"), oth(weight, "weight"), oth(bias, "bias"), eps)); } catch (e) { throw fail(e, ["*self","*weight","*bias","eps"], [self, weight, bias, eps]); }
}

let ID__nested_tensor_offsets = -1;
/** `aten::_nested_tensor_offsets(Tensor self) -> int[]` */
export function _nested_tensor_offsets(self: Tensor): number[] {
  if (ID__nested_tensor_offsets < 0) ID__nested_tensor_offsets = resolve("aten::_nested_tensor_offsets", "");
  try { return op(ID__nested_tensor_offsets, th(self, "self")) as number[]; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__nested_tensor_size = -1;
/** `aten::_nested_tensor_size(Tensor self) -> Tensor` */
export function _nested_tensor_size(self: Tensor): Tensor {
  if (ID__nested_tensor_size < 0) ID__nested_tensor_size = resolve("aten::_nested_tensor_size", "");
  try { return wrap(op(ID__nested_tensor_size, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__nested_tensor_softmax_with_shape = -1;
/** `aten::_nested_tensor_softmax_with_shape(Tensor self, Tensor query) -> Tensor` */
export function _nested_tensor_softmax_with_shape(self: Tensor, query: Tensor): Tensor {
  if (ID__nested_tensor_softmax_with_shape < 0) ID__nested_tensor_softmax_with_shape = resolve("aten::_nested_tensor_softmax_with_shape", "");
  try { return wrap(op(ID__nested_tensor_softmax_with_shape, th(self, "self"), th(query, "query"))); } catch (e) { throw fail(e, ["*self","*query"], [self, query]); }
}

let ID__nested_tensor_strides = -1;
/** `aten::_nested_tensor_strides(Tensor self) -> Tensor` */
export function _nested_tensor_strides(self: Tensor): Tensor {
  if (ID__nested_tensor_strides < 0) ID__nested_tensor_strides = resolve("aten::_nested_tensor_strides", "");
  try { return wrap(op(ID__nested_tensor_strides, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__nested_view_from_buffer = -1;
/** `aten::_nested_view_from_buffer(Tensor(a) self, Tensor nested_size, Tensor nested_strides, int[] offsets) -> Tensor(a)` */
export function _nested_view_from_buffer(self: Tensor, nested_size: Tensor, nested_strides: Tensor, offsets: number | number[]): Tensor {
  if (ID__nested_view_from_buffer < 0) ID__nested_view_from_buffer = resolve("aten::_nested_view_from_buffer", "");
  try { return wrap(op(ID__nested_view_from_buffer, th(self, "self"), th(nested_size, "nested_size"), th(nested_strides, "nested_strides"), offsets)); } catch (e) { throw fail(e, ["*self","*nested_size","*nested_strides","offsets"], [self, nested_size, nested_strides, offsets]); }
}

let ID__nested_view_from_buffer_copy = -1;
/** `aten::_nested_view_from_buffer_copy(Tensor self, Tensor nested_size, Tensor nested_strides, int[] offsets) -> Tensor` */
export function _nested_view_from_buffer_copy(self: Tensor, nested_size: Tensor, nested_strides: Tensor, offsets: number | number[]): Tensor {
  if (ID__nested_view_from_buffer_copy < 0) ID__nested_view_from_buffer_copy = resolve("aten::_nested_view_from_buffer_copy", "");
  try { return wrap(op(ID__nested_view_from_buffer_copy, th(self, "self"), th(nested_size, "nested_size"), th(nested_strides, "nested_strides"), offsets)); } catch (e) { throw fail(e, ["*self","*nested_size","*nested_strides","offsets"], [self, nested_size, nested_strides, offsets]); }
}

let ID__new_zeros_with_same_feature_meta = -1;
/** `aten::_new_zeros_with_same_feature_meta(Tensor self, Tensor other, *, int self_num_batch_dims=0) -> Tensor` */
export function _new_zeros_with_same_feature_meta(self: Tensor, other: Tensor, self_num_batch_dims?: number): Tensor {
  if (ID__new_zeros_with_same_feature_meta < 0) ID__new_zeros_with_same_feature_meta = resolve("aten::_new_zeros_with_same_feature_meta", "");
  try { return wrap(op(ID__new_zeros_with_same_feature_meta, th(self, "self"), th(other, "other"), self_num_batch_dims)); } catch (e) { throw fail(e, ["*self","*other","self_num_batch_dims"], [self, other, self_num_batch_dims]); }
}

let ID__nnpack_available = -1;
/** `aten::_nnpack_available() -> bool` */
export function _nnpack_available(): boolean {
  if (ID__nnpack_available < 0) ID__nnpack_available = resolve("aten::_nnpack_available", "");
  try { return op(ID__nnpack_available) as boolean; } catch (e) { throw fail(e, [], []); }
}

let ID__nnpack_spatial_convolution = -1;
/** `aten::_nnpack_spatial_convolution(Tensor input, Tensor weight, Tensor? bias, int[2] padding, int[2] stride=1) -> Tensor` */
export function _nnpack_spatial_convolution(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, padding: number | number[], stride?: number | number[]): Tensor {
  if (ID__nnpack_spatial_convolution < 0) ID__nnpack_spatial_convolution = resolve("aten::_nnpack_spatial_convolution", "");
  try { return wrap(op(ID__nnpack_spatial_convolution, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), padding, stride)); } catch (e) { throw fail(e, ["*input","*weight","*bias","padding","stride"], [input, weight, bias, padding, stride]); }
}

let ID__nnz = -1;
/** `aten::_nnz(Tensor self) -> int` */
export function _nnz(self: Tensor): number {
  if (ID__nnz < 0) ID__nnz = resolve("aten::_nnz", "");
  try { return op(ID__nnz, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__pack_padded_sequence = -1;
/** `aten::_pack_padded_sequence(Tensor input, Tensor lengths, bool batch_first) -> (Tensor, Tensor)` */
export function _pack_padded_sequence(input: Tensor, lengths: Tensor, batch_first: boolean): [Tensor, Tensor] {
  if (ID__pack_padded_sequence < 0) ID__pack_padded_sequence = resolve("aten::_pack_padded_sequence", "");
  let r: unknown[];
  try { r = op(ID__pack_padded_sequence, th(input, "input"), th(lengths, "lengths"), batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","*lengths","batch_first"], [input, lengths, batch_first]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__pack_padded_sequence_backward = -1;
/** `aten::_pack_padded_sequence_backward(Tensor grad, int[] input_size, Tensor batch_sizes, bool batch_first) -> Tensor` */
export function _pack_padded_sequence_backward(grad: Tensor, input_size: number | number[], batch_sizes: Tensor, batch_first: boolean): Tensor {
  if (ID__pack_padded_sequence_backward < 0) ID__pack_padded_sequence_backward = resolve("aten::_pack_padded_sequence_backward", "");
  try { return wrap(op(ID__pack_padded_sequence_backward, th(grad, "grad"), input_size, th(batch_sizes, "batch_sizes"), batch_first)); } catch (e) { throw fail(e, ["*grad","input_size","*batch_sizes","batch_first"], [grad, input_size, batch_sizes, batch_first]); }
}

let ID__pad_circular = -1;
/** `aten::_pad_circular(Tensor self, int[] pad) -> Tensor` */
export function _pad_circular(self: Tensor, pad: number | number[]): Tensor {
  if (ID__pad_circular < 0) ID__pad_circular = resolve("aten::_pad_circular", "");
  try { return wrap(op(ID__pad_circular, th(self, "self"), pad)); } catch (e) { throw fail(e, ["*self","pad"], [self, pad]); }
}

let ID__pad_enum = -1;
/** `aten::_pad_enum(Tensor self, int[] pad, int mode, float? value=None) -> Tensor` */
export function _pad_enum(self: Tensor, pad: number | number[], mode: number, value?: number | null): Tensor {
  if (ID__pad_enum < 0) ID__pad_enum = resolve("aten::_pad_enum", "");
  try { return wrap(op(ID__pad_enum, th(self, "self"), pad, mode, value)); } catch (e) { throw fail(e, ["*self","pad","mode","value"], [self, pad, mode, value]); }
}

let ID__pad_packed_sequence = -1;
/** `aten::_pad_packed_sequence(Tensor data, Tensor batch_sizes, bool batch_first, Scalar padding_value, int total_length) -> (Tensor, Tensor)` */
export function _pad_packed_sequence(data: Tensor, batch_sizes: Tensor, batch_first: boolean, padding_value: Scalar, total_length: number): [Tensor, Tensor] {
  if (ID__pad_packed_sequence < 0) ID__pad_packed_sequence = resolve("aten::_pad_packed_sequence", "");
  let r: unknown[];
  try { r = op(ID__pad_packed_sequence, th(data, "data"), th(batch_sizes, "batch_sizes"), batch_first, padding_value, total_length) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","batch_first","padding_value","total_length"], [data, batch_sizes, batch_first, padding_value, total_length]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__pdist_backward = -1;
/** `aten::_pdist_backward(Tensor grad, Tensor self, float p, Tensor pdist) -> Tensor` */
export function _pdist_backward(grad: Tensor, self: Tensor, p: number, pdist: Tensor): Tensor {
  if (ID__pdist_backward < 0) ID__pdist_backward = resolve("aten::_pdist_backward", "");
  try { return wrap(op(ID__pdist_backward, th(grad, "grad"), th(self, "self"), p, th(pdist, "pdist"))); } catch (e) { throw fail(e, ["*grad","*self","p","*pdist"], [grad, self, p, pdist]); }
}

let ID__pdist_forward = -1;
/** `aten::_pdist_forward(Tensor self, float p=2.) -> Tensor` */
export function _pdist_forward(self: Tensor, p?: number): Tensor {
  if (ID__pdist_forward < 0) ID__pdist_forward = resolve("aten::_pdist_forward", "");
  try { return wrap(op(ID__pdist_forward, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID__remove_batch_dim = -1;
/** `aten::_remove_batch_dim(Tensor self, int level, int batch_size, int out_dim) -> Tensor` */
export function _remove_batch_dim(self: Tensor, level: number, batch_size: number, out_dim: number): Tensor {
  if (ID__remove_batch_dim < 0) ID__remove_batch_dim = resolve("aten::_remove_batch_dim", "");
  try { return wrap(op(ID__remove_batch_dim, th(self, "self"), level, batch_size, out_dim)); } catch (e) { throw fail(e, ["*self","level","batch_size","out_dim"], [self, level, batch_size, out_dim]); }
}

let ID__reshape_alias = -1;
/** `aten::_reshape_alias(Tensor(a) self, SymInt[] size, SymInt[] stride) -> Tensor(a)` */
export function _reshape_alias(self: Tensor, size: number | number[], stride: number | number[]): Tensor {
  if (ID__reshape_alias < 0) ID__reshape_alias = resolve("aten::_reshape_alias", "");
  try { return wrap(op(ID__reshape_alias, th(self, "self"), size, stride)); } catch (e) { throw fail(e, ["*self","size","stride"], [self, size, stride]); }
}

let ID__reshape_alias_copy = -1;
/** `aten::_reshape_alias_copy(Tensor self, SymInt[] size, SymInt[] stride) -> Tensor` */
export function _reshape_alias_copy(self: Tensor, size: number | number[], stride: number | number[]): Tensor {
  if (ID__reshape_alias_copy < 0) ID__reshape_alias_copy = resolve("aten::_reshape_alias_copy", "");
  try { return wrap(op(ID__reshape_alias_copy, th(self, "self"), size, stride)); } catch (e) { throw fail(e, ["*self","size","stride"], [self, size, stride]); }
}

let ID__reshape_from_tensor = -1;
/** `aten::_reshape_from_tensor(Tensor self, Tensor shape) -> Tensor` */
export function _reshape_from_tensor(self: Tensor, shape: Tensor): Tensor {
  if (ID__reshape_from_tensor < 0) ID__reshape_from_tensor = resolve("aten::_reshape_from_tensor", "");
  try { return wrap(op(ID__reshape_from_tensor, th(self, "self"), th(shape, "shape"))); } catch (e) { throw fail(e, ["*self","*shape"], [self, shape]); }
}

let ID__resize_output = -1;
/** `aten::_resize_output(Tensor self, int[] size, Device device) -> Tensor` */
export function _resize_output(self: Tensor, size: number | number[], device: string): Tensor {
  if (ID__resize_output < 0) ID__resize_output = resolve("aten::_resize_output", "");
  try { return wrap(op(ID__resize_output, th(self, "self"), size, device)); } catch (e) { throw fail(e, ["*self","size","device"], [self, size, device]); }
}

let ID__resize_output_ = -1;
/** `aten::_resize_output_(Tensor(a!) self, int[] size, Device device) -> Tensor(a!)` */
export function _resize_output_(self: Tensor, size: number | number[], device: string): Tensor {
  if (ID__resize_output_ < 0) ID__resize_output_ = resolve("aten::_resize_output_", "");
  try { return wrap(op(ID__resize_output_, th(self, "self"), size, device)); } catch (e) { throw fail(e, ["*self","size","device"], [self, size, device]); }
}

let ID__rowwise_prune = -1;
/** `aten::_rowwise_prune(Tensor weight, Tensor mask, ScalarType compressed_indices_dtype) -> (Tensor, Tensor)` */
export function _rowwise_prune(weight: Tensor, mask: Tensor, compressed_indices_dtype: DType): [Tensor, Tensor] {
  if (ID__rowwise_prune < 0) ID__rowwise_prune = resolve("aten::_rowwise_prune", "");
  let r: unknown[];
  try { r = op(ID__rowwise_prune, th(weight, "weight"), th(mask, "mask"), dtypeCode(compressed_indices_dtype)) as unknown[]; } catch (e) { throw fail(e, ["*weight","*mask","compressed_indices_dtype"], [weight, mask, compressed_indices_dtype]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__sample_dirichlet = -1;
/** `aten::_sample_dirichlet(Tensor self, Generator? generator=None) -> Tensor` */
export function _sample_dirichlet(self: Tensor): Tensor {
  if (ID__sample_dirichlet < 0) ID__sample_dirichlet = resolve("aten::_sample_dirichlet", "");
  try { return wrap(op(ID__sample_dirichlet, th(self, "self"), undefined)); } catch (e) { throw fail(e, ["*self","generator"], [self, undefined]); }
}

let ID__saturate_weight_to_fp16 = -1;
/** `aten::_saturate_weight_to_fp16(Tensor weight) -> Tensor` */
export function _saturate_weight_to_fp16(weight: Tensor): Tensor {
  if (ID__saturate_weight_to_fp16 < 0) ID__saturate_weight_to_fp16 = resolve("aten::_saturate_weight_to_fp16", "");
  try { return wrap(op(ID__saturate_weight_to_fp16, th(weight, "weight"))); } catch (e) { throw fail(e, ["*weight"], [weight]); }
}

let ID__scaled_dot_product_attention = -1;
/** `aten::_scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, Tensor? attn_mask=None, float dropout_p=0., bool need_attn_weights=False, bool is_causal=False) -> (Tensor, Tensor)` */
export function _scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, attn_mask?: Tensor | null, dropout_p?: number, need_attn_weights?: boolean, is_causal?: boolean): [Tensor, Tensor] {
  if (ID__scaled_dot_product_attention < 0) ID__scaled_dot_product_attention = resolve("aten::_scaled_dot_product_attention", "");
  let r: unknown[];
  try { r = op(ID__scaled_dot_product_attention, th(query, "query"), th(key, "key"), th(value, "value"), oth(attn_mask, "attn_mask"), dropout_p, need_attn_weights, is_causal) as unknown[]; } catch (e) { throw fail(e, ["*query","*key","*value","*attn_mask","dropout_p","need_attn_weights","is_causal"], [query, key, value, attn_mask, dropout_p, need_attn_weights, is_causal]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__scaled_dot_product_attention_forward = -1;
/** `aten::_scaled_dot_product_attention_forward(Tensor query, Tensor key, Tensor value, Tensor? attn_mask=None, float dropout_p=0., bool need_attn_weights=False, bool is_causal=False) -> (Tensor, Tensor)` */
export function _scaled_dot_product_attention_forward(query: Tensor, key: Tensor, value: Tensor, attn_mask?: Tensor | null, dropout_p?: number, need_attn_weights?: boolean, is_causal?: boolean): [Tensor, Tensor] {
  if (ID__scaled_dot_product_attention_forward < 0) ID__scaled_dot_product_attention_forward = resolve("aten::_scaled_dot_product_attention_forward", "");
  let r: unknown[];
  try { r = op(ID__scaled_dot_product_attention_forward, th(query, "query"), th(key, "key"), th(value, "value"), oth(attn_mask, "attn_mask"), dropout_p, need_attn_weights, is_causal) as unknown[]; } catch (e) { throw fail(e, ["*query","*key","*value","*attn_mask","dropout_p","need_attn_weights","is_causal"], [query, key, value, attn_mask, dropout_p, need_attn_weights, is_causal]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__scaled_dot_product_attention_math = -1;
/** `aten::_scaled_dot_product_attention_math(Tensor query, Tensor key, Tensor value, Tensor? attn_mask=None, float dropout_p=0., bool need_attn_weights=False, bool is_causal=False) -> (Tensor, Tensor)` */
export function _scaled_dot_product_attention_math(query: Tensor, key: Tensor, value: Tensor, attn_mask?: Tensor | null, dropout_p?: number, need_attn_weights?: boolean, is_causal?: boolean): [Tensor, Tensor] {
  if (ID__scaled_dot_product_attention_math < 0) ID__scaled_dot_product_attention_math = resolve("aten::_scaled_dot_product_attention_math", "");
  let r: unknown[];
  try { r = op(ID__scaled_dot_product_attention_math, th(query, "query"), th(key, "key"), th(value, "value"), oth(attn_mask, "attn_mask"), dropout_p, need_attn_weights, is_causal) as unknown[]; } catch (e) { throw fail(e, ["*query","*key","*value","*attn_mask","dropout_p","need_attn_weights","is_causal"], [query, key, value, attn_mask, dropout_p, need_attn_weights, is_causal]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__segment_reduce_backward = -1;
/** `aten::_segment_reduce_backward(Tensor grad, Tensor output, Tensor data, str reduce, *, Tensor? lengths=None, Tensor? offsets=None, int axis=0, Scalar? initial=None) -> Tensor` */
export function _segment_reduce_backward(grad: Tensor, output: Tensor, data: Tensor, reduce: string, lengths?: Tensor | null, offsets?: Tensor | null, axis?: number, initial?: Scalar | null): Tensor {
  if (ID__segment_reduce_backward < 0) ID__segment_reduce_backward = resolve("aten::_segment_reduce_backward", "");
  try { return wrap(op(ID__segment_reduce_backward, th(grad, "grad"), th(output, "output"), th(data, "data"), reduce, oth(lengths, "lengths"), oth(offsets, "offsets"), axis, initial)); } catch (e) { throw fail(e, ["*grad","*output","*data","reduce","*lengths","*offsets","axis","initial"], [grad, output, data, reduce, lengths, offsets, axis, initial]); }
}

let ID__shape_as_tensor = -1;
/** `aten::_shape_as_tensor(Tensor self) -> Tensor` */
export function _shape_as_tensor(self: Tensor): Tensor {
  if (ID__shape_as_tensor < 0) ID__shape_as_tensor = resolve("aten::_shape_as_tensor", "");
  try { return wrap(op(ID__shape_as_tensor, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__slow_conv2d_backward_output_mask = -1;
/** `aten::_slow_conv2d_backward.output_mask(Tensor grad_output, Tensor self, Tensor weight, int[2] kernel_size, int[2] stride, int[2] padding, bool[3] output_mask) -> (Tensor grad_input, Tensor grad_weight, Tensor grad_bias)` */
export function _slow_conv2d_backward_output_mask(grad_output: Tensor, self: Tensor, weight: Tensor, kernel_size: number | number[], stride: number | number[], padding: number | number[], output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID__slow_conv2d_backward_output_mask < 0) ID__slow_conv2d_backward_output_mask = resolve("aten::_slow_conv2d_backward", "output_mask");
  let r: unknown[];
  try { r = op(ID__slow_conv2d_backward_output_mask, th(grad_output, "grad_output"), th(self, "self"), th(weight, "weight"), kernel_size, stride, padding, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*self","*weight","kernel_size","stride","padding","output_mask"], [grad_output, self, weight, kernel_size, stride, padding, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__slow_conv2d_forward = -1;
/** `aten::_slow_conv2d_forward(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias, int[2] stride, int[2] padding) -> Tensor` */
export function _slow_conv2d_forward(self: Tensor, weight: Tensor, kernel_size: number | number[], bias: Tensor | null | undefined, stride: number | number[], padding: number | number[]): Tensor {
  if (ID__slow_conv2d_forward < 0) ID__slow_conv2d_forward = resolve("aten::_slow_conv2d_forward", "");
  try { return wrap(op(ID__slow_conv2d_forward, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding"], [self, weight, kernel_size, bias, stride, padding]); }
}

let ID__sobol_engine_draw = -1;
/** `aten::_sobol_engine_draw(Tensor quasi, int n, Tensor sobolstate, int dimension, int num_generated, ScalarType? dtype) -> (Tensor, Tensor)` */
export function _sobol_engine_draw(quasi: Tensor, n: number, sobolstate: Tensor, dimension: number, num_generated: number, dtype?: DType | null): [Tensor, Tensor] {
  if (ID__sobol_engine_draw < 0) ID__sobol_engine_draw = resolve("aten::_sobol_engine_draw", "");
  let r: unknown[];
  try { r = op(ID__sobol_engine_draw, th(quasi, "quasi"), n, th(sobolstate, "sobolstate"), dimension, num_generated, dt(dtype)) as unknown[]; } catch (e) { throw fail(e, ["*quasi","n","*sobolstate","dimension","num_generated","dtype"], [quasi, n, sobolstate, dimension, num_generated, dtype]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__sobol_engine_ff_ = -1;
/** `aten::_sobol_engine_ff_(Tensor(a!) self, int n, Tensor sobolstate, int dimension, int num_generated) -> Tensor(a!)` */
export function _sobol_engine_ff_(self: Tensor, n: number, sobolstate: Tensor, dimension: number, num_generated: number): Tensor {
  if (ID__sobol_engine_ff_ < 0) ID__sobol_engine_ff_ = resolve("aten::_sobol_engine_ff_", "");
  try { return wrap(op(ID__sobol_engine_ff_, th(self, "self"), n, th(sobolstate, "sobolstate"), dimension, num_generated)); } catch (e) { throw fail(e, ["*self","n","*sobolstate","dimension","num_generated"], [self, n, sobolstate, dimension, num_generated]); }
}

let ID__sobol_engine_initialize_state_ = -1;
/** `aten::_sobol_engine_initialize_state_(Tensor(a!) self, int dimension) -> Tensor(a!)` */
export function _sobol_engine_initialize_state_(self: Tensor, dimension: number): Tensor {
  if (ID__sobol_engine_initialize_state_ < 0) ID__sobol_engine_initialize_state_ = resolve("aten::_sobol_engine_initialize_state_", "");
  try { return wrap(op(ID__sobol_engine_initialize_state_, th(self, "self"), dimension)); } catch (e) { throw fail(e, ["*self","dimension"], [self, dimension]); }
}

let ID__sobol_engine_scramble_ = -1;
/** `aten::_sobol_engine_scramble_(Tensor(a!) self, Tensor ltm, int dimension) -> Tensor(a!)` */
export function _sobol_engine_scramble_(self: Tensor, ltm: Tensor, dimension: number): Tensor {
  if (ID__sobol_engine_scramble_ < 0) ID__sobol_engine_scramble_ = resolve("aten::_sobol_engine_scramble_", "");
  try { return wrap(op(ID__sobol_engine_scramble_, th(self, "self"), th(ltm, "ltm"), dimension)); } catch (e) { throw fail(e, ["*self","*ltm","dimension"], [self, ltm, dimension]); }
}

let ID__softmax = -1;
/** `aten::_softmax(Tensor self, int dim, bool half_to_float) -> Tensor` */
export function _softmax(self: Tensor, dim: number, half_to_float: boolean): Tensor {
  if (ID__softmax < 0) ID__softmax = resolve("aten::_softmax", "");
  try { return wrap(op(ID__softmax, th(self, "self"), dim, half_to_float)); } catch (e) { throw fail(e, ["*self","dim","half_to_float"], [self, dim, half_to_float]); }
}

let ID__softmax_backward_data = -1;
/** `aten::_softmax_backward_data(Tensor grad_output, Tensor output, int dim, ScalarType input_dtype) -> Tensor` */
export function _softmax_backward_data(grad_output: Tensor, output: Tensor, dim: number, input_dtype: DType): Tensor {
  if (ID__softmax_backward_data < 0) ID__softmax_backward_data = resolve("aten::_softmax_backward_data", "");
  try { return wrap(op(ID__softmax_backward_data, th(grad_output, "grad_output"), th(output, "output"), dim, dtypeCode(input_dtype))); } catch (e) { throw fail(e, ["*grad_output","*output","dim","input_dtype"], [grad_output, output, dim, input_dtype]); }
}

let ID__sparse_addmm = -1;
/** `aten::_sparse_addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function _sparse_addmm(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID__sparse_addmm < 0) ID__sparse_addmm = resolve("aten::_sparse_addmm", "");
  try { return wrap(op(ID__sparse_addmm, th(self, "self"), th(mat1, "mat1"), th(mat2, "mat2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat1","*mat2","beta","alpha"], [self, mat1, mat2, beta, alpha]); }
}

let ID__sparse_broadcast_to = -1;
/** `aten::_sparse_broadcast_to(Tensor(a) self, int[] size) -> Tensor(a)` */
export function _sparse_broadcast_to(self: Tensor, size: number | number[]): Tensor {
  if (ID__sparse_broadcast_to < 0) ID__sparse_broadcast_to = resolve("aten::_sparse_broadcast_to", "");
  try { return wrap(op(ID__sparse_broadcast_to, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID__sparse_broadcast_to_copy = -1;
/** `aten::_sparse_broadcast_to_copy(Tensor self, int[] size) -> Tensor` */
export function _sparse_broadcast_to_copy(self: Tensor, size: number | number[]): Tensor {
  if (ID__sparse_broadcast_to_copy < 0) ID__sparse_broadcast_to_copy = resolve("aten::_sparse_broadcast_to_copy", "");
  try { return wrap(op(ID__sparse_broadcast_to_copy, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID__sparse_bsc_tensor_unsafe = -1;
/** `aten::_sparse_bsc_tensor_unsafe(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _sparse_bsc_tensor_unsafe(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_bsc_tensor_unsafe < 0) ID__sparse_bsc_tensor_unsafe = resolve("aten::_sparse_bsc_tensor_unsafe", "");
  try { return wrap(op(ID__sparse_bsc_tensor_unsafe, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","size","dtype","layout","device","pin_memory"], [ccol_indices, row_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_bsr_tensor_unsafe = -1;
/** `aten::_sparse_bsr_tensor_unsafe(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _sparse_bsr_tensor_unsafe(crow_indices: Tensor, col_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_bsr_tensor_unsafe < 0) ID__sparse_bsr_tensor_unsafe = resolve("aten::_sparse_bsr_tensor_unsafe", "");
  try { return wrap(op(ID__sparse_bsr_tensor_unsafe, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","size","dtype","layout","device","pin_memory"], [crow_indices, col_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_compressed_tensor_unsafe = -1;
/** `aten::_sparse_compressed_tensor_unsafe(Tensor compressed_indices, Tensor plain_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _sparse_compressed_tensor_unsafe(compressed_indices: Tensor, plain_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_compressed_tensor_unsafe < 0) ID__sparse_compressed_tensor_unsafe = resolve("aten::_sparse_compressed_tensor_unsafe", "");
  try { return wrap(op(ID__sparse_compressed_tensor_unsafe, th(compressed_indices, "compressed_indices"), th(plain_indices, "plain_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*compressed_indices","*plain_indices","*values","size","dtype","layout","device","pin_memory"], [compressed_indices, plain_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_coo_tensor_unsafe = -1;
/** `aten::_sparse_coo_tensor_unsafe(Tensor indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _sparse_coo_tensor_unsafe(indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_coo_tensor_unsafe < 0) ID__sparse_coo_tensor_unsafe = resolve("aten::_sparse_coo_tensor_unsafe", "");
  try { return wrap(op(ID__sparse_coo_tensor_unsafe, th(indices, "indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*indices","*values","size","dtype","layout","device","pin_memory"], [indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_coo_tensor_with_dims = -1;
/** `aten::_sparse_coo_tensor_with_dims(int sparse_dim, int dense_dim, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function _sparse_coo_tensor_with_dims(sparse_dim: number, dense_dim: number, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_coo_tensor_with_dims < 0) ID__sparse_coo_tensor_with_dims = resolve("aten::_sparse_coo_tensor_with_dims", "");
  try { return wrap(op(ID__sparse_coo_tensor_with_dims, sparse_dim, dense_dim, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["sparse_dim","dense_dim","size","dtype","layout","device","pin_memory"], [sparse_dim, dense_dim, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_coo_tensor_with_dims_and_tensors = -1;
/** `aten::_sparse_coo_tensor_with_dims_and_tensors(int sparse_dim, int dense_dim, int[] size, Tensor indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function _sparse_coo_tensor_with_dims_and_tensors(sparse_dim: number, dense_dim: number, size: number | number[], indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_coo_tensor_with_dims_and_tensors < 0) ID__sparse_coo_tensor_with_dims_and_tensors = resolve("aten::_sparse_coo_tensor_with_dims_and_tensors", "");
  try { return wrap(op(ID__sparse_coo_tensor_with_dims_and_tensors, sparse_dim, dense_dim, size, th(indices, "indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["sparse_dim","dense_dim","size","*indices","*values","dtype","layout","device","pin_memory"], [sparse_dim, dense_dim, size, indices, values, dtype, layout, device, pin_memory]); }
}

let ID__sparse_csc_tensor_unsafe = -1;
/** `aten::_sparse_csc_tensor_unsafe(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _sparse_csc_tensor_unsafe(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_csc_tensor_unsafe < 0) ID__sparse_csc_tensor_unsafe = resolve("aten::_sparse_csc_tensor_unsafe", "");
  try { return wrap(op(ID__sparse_csc_tensor_unsafe, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","size","dtype","layout","device","pin_memory"], [ccol_indices, row_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_csr_prod_dim_dtype = -1;
/** `aten::_sparse_csr_prod.dim_dtype(Tensor self, int[1] dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function _sparse_csr_prod_dim_dtype(self: Tensor, dim: number | number[], keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID__sparse_csr_prod_dim_dtype < 0) ID__sparse_csr_prod_dim_dtype = resolve("aten::_sparse_csr_prod", "dim_dtype");
  try { return wrap(op(ID__sparse_csr_prod_dim_dtype, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID__sparse_csr_sum_dim_dtype = -1;
/** `aten::_sparse_csr_sum.dim_dtype(Tensor self, int[1] dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function _sparse_csr_sum_dim_dtype(self: Tensor, dim: number | number[], keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID__sparse_csr_sum_dim_dtype < 0) ID__sparse_csr_sum_dim_dtype = resolve("aten::_sparse_csr_sum", "dim_dtype");
  try { return wrap(op(ID__sparse_csr_sum_dim_dtype, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID__sparse_csr_tensor_unsafe = -1;
/** `aten::_sparse_csr_tensor_unsafe(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function _sparse_csr_tensor_unsafe(crow_indices: Tensor, col_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID__sparse_csr_tensor_unsafe < 0) ID__sparse_csr_tensor_unsafe = resolve("aten::_sparse_csr_tensor_unsafe", "");
  try { return wrap(op(ID__sparse_csr_tensor_unsafe, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","size","dtype","layout","device","pin_memory"], [crow_indices, col_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID__sparse_log_softmax = -1;
/** `aten::_sparse_log_softmax(Tensor self, int dim, bool half_to_float) -> Tensor` */
export function _sparse_log_softmax(self: Tensor, dim: number, half_to_float: boolean): Tensor {
  if (ID__sparse_log_softmax < 0) ID__sparse_log_softmax = resolve("aten::_sparse_log_softmax", "");
  try { return wrap(op(ID__sparse_log_softmax, th(self, "self"), dim, half_to_float)); } catch (e) { throw fail(e, ["*self","dim","half_to_float"], [self, dim, half_to_float]); }
}

let ID__sparse_log_softmax_Dimname = -1;
/** `aten::_sparse_log_softmax.Dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor` */
export function _sparse_log_softmax_Dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID__sparse_log_softmax_Dimname < 0) ID__sparse_log_softmax_Dimname = resolve("aten::_sparse_log_softmax", "Dimname");
  try { return wrap(op(ID__sparse_log_softmax_Dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID__sparse_log_softmax_int = -1;
/** `aten::_sparse_log_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor` */
export function _sparse_log_softmax_int(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID__sparse_log_softmax_int < 0) ID__sparse_log_softmax_int = resolve("aten::_sparse_log_softmax", "int");
  try { return wrap(op(ID__sparse_log_softmax_int, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID__sparse_log_softmax_backward_data = -1;
/** `aten::_sparse_log_softmax_backward_data(Tensor grad_output, Tensor output, int dim, Tensor self) -> Tensor` */
export function _sparse_log_softmax_backward_data(grad_output: Tensor, output: Tensor, dim: number, self: Tensor): Tensor {
  if (ID__sparse_log_softmax_backward_data < 0) ID__sparse_log_softmax_backward_data = resolve("aten::_sparse_log_softmax_backward_data", "");
  try { return wrap(op(ID__sparse_log_softmax_backward_data, th(grad_output, "grad_output"), th(output, "output"), dim, th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*output","dim","*self"], [grad_output, output, dim, self]); }
}

let ID__sparse_mask_helper = -1;
/** `aten::_sparse_mask_helper(Tensor t, Tensor mask_indices) -> Tensor` */
export function _sparse_mask_helper(t: Tensor, mask_indices: Tensor): Tensor {
  if (ID__sparse_mask_helper < 0) ID__sparse_mask_helper = resolve("aten::_sparse_mask_helper", "");
  try { return wrap(op(ID__sparse_mask_helper, th(t, "t"), th(mask_indices, "mask_indices"))); } catch (e) { throw fail(e, ["*t","*mask_indices"], [t, mask_indices]); }
}

let ID__sparse_mm = -1;
/** `aten::_sparse_mm(Tensor sparse, Tensor dense) -> Tensor` */
export function _sparse_mm(sparse: Tensor, dense: Tensor): Tensor {
  if (ID__sparse_mm < 0) ID__sparse_mm = resolve("aten::_sparse_mm", "");
  try { return wrap(op(ID__sparse_mm, th(sparse, "sparse"), th(dense, "dense"))); } catch (e) { throw fail(e, ["*sparse","*dense"], [sparse, dense]); }
}

let ID__sparse_softmax = -1;
/** `aten::_sparse_softmax(Tensor self, int dim, bool half_to_float) -> Tensor` */
export function _sparse_softmax(self: Tensor, dim: number, half_to_float: boolean): Tensor {
  if (ID__sparse_softmax < 0) ID__sparse_softmax = resolve("aten::_sparse_softmax", "");
  try { return wrap(op(ID__sparse_softmax, th(self, "self"), dim, half_to_float)); } catch (e) { throw fail(e, ["*self","dim","half_to_float"], [self, dim, half_to_float]); }
}

let ID__sparse_softmax_Dimname = -1;
/** `aten::_sparse_softmax.Dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor` */
export function _sparse_softmax_Dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID__sparse_softmax_Dimname < 0) ID__sparse_softmax_Dimname = resolve("aten::_sparse_softmax", "Dimname");
  try { return wrap(op(ID__sparse_softmax_Dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID__sparse_softmax_int = -1;
/** `aten::_sparse_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor` */
export function _sparse_softmax_int(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID__sparse_softmax_int < 0) ID__sparse_softmax_int = resolve("aten::_sparse_softmax", "int");
  try { return wrap(op(ID__sparse_softmax_int, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID__sparse_softmax_backward_data = -1;
/** `aten::_sparse_softmax_backward_data(Tensor grad_output, Tensor output, int dim, Tensor self) -> Tensor` */
export function _sparse_softmax_backward_data(grad_output: Tensor, output: Tensor, dim: number, self: Tensor): Tensor {
  if (ID__sparse_softmax_backward_data < 0) ID__sparse_softmax_backward_data = resolve("aten::_sparse_softmax_backward_data", "");
  try { return wrap(op(ID__sparse_softmax_backward_data, th(grad_output, "grad_output"), th(output, "output"), dim, th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*output","dim","*self"], [grad_output, output, dim, self]); }
}

let ID__sparse_sparse_matmul = -1;
/** `aten::_sparse_sparse_matmul(Tensor self, Tensor other) -> Tensor` */
export function _sparse_sparse_matmul(self: Tensor, other: Tensor): Tensor {
  if (ID__sparse_sparse_matmul < 0) ID__sparse_sparse_matmul = resolve("aten::_sparse_sparse_matmul", "");
  try { return wrap(op(ID__sparse_sparse_matmul, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID__sparse_sum = -1;
/** `aten::_sparse_sum(Tensor self) -> Tensor` */
export function _sparse_sum(self: Tensor): Tensor {
  if (ID__sparse_sum < 0) ID__sparse_sum = resolve("aten::_sparse_sum", "");
  try { return wrap(op(ID__sparse_sum, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__sparse_sum_dim = -1;
/** `aten::_sparse_sum.dim(Tensor self, int[1] dim) -> Tensor` */
export function _sparse_sum_dim(self: Tensor, dim: number | number[]): Tensor {
  if (ID__sparse_sum_dim < 0) ID__sparse_sum_dim = resolve("aten::_sparse_sum", "dim");
  try { return wrap(op(ID__sparse_sum_dim, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID__sparse_sum_dim_dtype = -1;
/** `aten::_sparse_sum.dim_dtype(Tensor self, int[1] dim, *, ScalarType dtype) -> Tensor` */
export function _sparse_sum_dim_dtype(self: Tensor, dim: number | number[], dtype: DType): Tensor {
  if (ID__sparse_sum_dim_dtype < 0) ID__sparse_sum_dim_dtype = resolve("aten::_sparse_sum", "dim_dtype");
  try { return wrap(op(ID__sparse_sum_dim_dtype, th(self, "self"), dim, dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID__sparse_sum_dtype = -1;
/** `aten::_sparse_sum.dtype(Tensor self, *, ScalarType dtype) -> Tensor` */
export function _sparse_sum_dtype(self: Tensor, dtype: DType): Tensor {
  if (ID__sparse_sum_dtype < 0) ID__sparse_sum_dtype = resolve("aten::_sparse_sum", "dtype");
  try { return wrap(op(ID__sparse_sum_dtype, th(self, "self"), dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID__sparse_sum_backward = -1;
/** `aten::_sparse_sum_backward(Tensor grad, Tensor self, int[] dim) -> Tensor` */
export function _sparse_sum_backward(grad: Tensor, self: Tensor, dim: number | number[]): Tensor {
  if (ID__sparse_sum_backward < 0) ID__sparse_sum_backward = resolve("aten::_sparse_sum_backward", "");
  try { return wrap(op(ID__sparse_sum_backward, th(grad, "grad"), th(self, "self"), dim)); } catch (e) { throw fail(e, ["*grad","*self","dim"], [grad, self, dim]); }
}

let ID__spdiags = -1;
/** `aten::_spdiags(Tensor diagonals, Tensor offsets, int[] shape, Layout? layout=None) -> Tensor` */
export function _spdiags(diagonals: Tensor, offsets: Tensor, shape: number | number[], layout?: number | null): Tensor {
  if (ID__spdiags < 0) ID__spdiags = resolve("aten::_spdiags", "");
  try { return wrap(op(ID__spdiags, th(diagonals, "diagonals"), th(offsets, "offsets"), shape, layout)); } catch (e) { throw fail(e, ["*diagonals","*offsets","shape","layout"], [diagonals, offsets, shape, layout]); }
}

let ID__stack = -1;
/** `aten::_stack(Tensor[] tensors, int dim=0) -> Tensor` */
export function _stack(tensors: Tensor[], dim?: number): Tensor {
  if (ID__stack < 0) ID__stack = resolve("aten::_stack", "");
  try { return wrap(op(ID__stack, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID__standard_gamma = -1;
/** `aten::_standard_gamma(Tensor self, Generator? generator=None) -> Tensor` */
export function _standard_gamma(self: Tensor): Tensor {
  if (ID__standard_gamma < 0) ID__standard_gamma = resolve("aten::_standard_gamma", "");
  try { return wrap(op(ID__standard_gamma, th(self, "self"), undefined)); } catch (e) { throw fail(e, ["*self","generator"], [self, undefined]); }
}

let ID__standard_gamma_grad = -1;
/** `aten::_standard_gamma_grad(Tensor self, Tensor output) -> Tensor` */
export function _standard_gamma_grad(self: Tensor, output: Tensor): Tensor {
  if (ID__standard_gamma_grad < 0) ID__standard_gamma_grad = resolve("aten::_standard_gamma_grad", "");
  try { return wrap(op(ID__standard_gamma_grad, th(self, "self"), th(output, "output"))); } catch (e) { throw fail(e, ["*self","*output"], [self, output]); }
}

let ID__symeig_helper = -1;
/** `aten::_symeig_helper(Tensor self, bool eigenvectors, bool upper) -> (Tensor, Tensor)` */
export function _symeig_helper(self: Tensor, eigenvectors: boolean, upper: boolean): [Tensor, Tensor] {
  if (ID__symeig_helper < 0) ID__symeig_helper = resolve("aten::_symeig_helper", "");
  let r: unknown[];
  try { r = op(ID__symeig_helper, th(self, "self"), eigenvectors, upper) as unknown[]; } catch (e) { throw fail(e, ["*self","eigenvectors","upper"], [self, eigenvectors, upper]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__test_ambiguous_defaults_a = -1;
/** `aten::_test_ambiguous_defaults.a(Tensor dummy, int a=1, int b=1) -> Tensor` */
export function _test_ambiguous_defaults_a(dummy: Tensor, a?: number, b?: number): Tensor {
  if (ID__test_ambiguous_defaults_a < 0) ID__test_ambiguous_defaults_a = resolve("aten::_test_ambiguous_defaults", "a");
  try { return wrap(op(ID__test_ambiguous_defaults_a, th(dummy, "dummy"), a, b)); } catch (e) { throw fail(e, ["*dummy","a","b"], [dummy, a, b]); }
}

let ID__test_ambiguous_defaults_b = -1;
/** `aten::_test_ambiguous_defaults.b(Tensor dummy, int a=2, str b="2") -> Tensor` */
export function _test_ambiguous_defaults_b(dummy: Tensor, a?: number, b?: string): Tensor {
  if (ID__test_ambiguous_defaults_b < 0) ID__test_ambiguous_defaults_b = resolve("aten::_test_ambiguous_defaults", "b");
  try { return wrap(op(ID__test_ambiguous_defaults_b, th(dummy, "dummy"), a, b)); } catch (e) { throw fail(e, ["*dummy","a","b"], [dummy, a, b]); }
}

let ID__test_autograd_multiple_dispatch_fullcoverage = -1;
/** `aten::_test_autograd_multiple_dispatch.fullcoverage(Tensor self) -> Tensor` */
export function _test_autograd_multiple_dispatch_fullcoverage(self: Tensor): Tensor {
  if (ID__test_autograd_multiple_dispatch_fullcoverage < 0) ID__test_autograd_multiple_dispatch_fullcoverage = resolve("aten::_test_autograd_multiple_dispatch", "fullcoverage");
  try { return wrap(op(ID__test_autograd_multiple_dispatch_fullcoverage, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__test_autograd_multiple_dispatch_ntonly = -1;
/** `aten::_test_autograd_multiple_dispatch.ntonly(Tensor self, bool b) -> Tensor` */
export function _test_autograd_multiple_dispatch_ntonly(self: Tensor, b: boolean): Tensor {
  if (ID__test_autograd_multiple_dispatch_ntonly < 0) ID__test_autograd_multiple_dispatch_ntonly = resolve("aten::_test_autograd_multiple_dispatch", "ntonly");
  try { return wrap(op(ID__test_autograd_multiple_dispatch_ntonly, th(self, "self"), b)); } catch (e) { throw fail(e, ["*self","b"], [self, b]); }
}

let ID__test_autograd_multiple_dispatch_view = -1;
/** `aten::_test_autograd_multiple_dispatch_view(Tensor(a) self) -> Tensor(a)` */
export function _test_autograd_multiple_dispatch_view(self: Tensor): Tensor {
  if (ID__test_autograd_multiple_dispatch_view < 0) ID__test_autograd_multiple_dispatch_view = resolve("aten::_test_autograd_multiple_dispatch_view", "");
  try { return wrap(op(ID__test_autograd_multiple_dispatch_view, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__test_autograd_multiple_dispatch_view_copy = -1;
/** `aten::_test_autograd_multiple_dispatch_view_copy(Tensor self) -> Tensor` */
export function _test_autograd_multiple_dispatch_view_copy(self: Tensor): Tensor {
  if (ID__test_autograd_multiple_dispatch_view_copy < 0) ID__test_autograd_multiple_dispatch_view_copy = resolve("aten::_test_autograd_multiple_dispatch_view_copy", "");
  try { return wrap(op(ID__test_autograd_multiple_dispatch_view_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__test_optional_filled_intlist = -1;
/** `aten::_test_optional_filled_intlist(Tensor values, int[2]? addends) -> Tensor` */
export function _test_optional_filled_intlist(values: Tensor, addends?: number | number[] | null): Tensor {
  if (ID__test_optional_filled_intlist < 0) ID__test_optional_filled_intlist = resolve("aten::_test_optional_filled_intlist", "");
  try { return wrap(op(ID__test_optional_filled_intlist, th(values, "values"), addends)); } catch (e) { throw fail(e, ["*values","addends"], [values, addends]); }
}

let ID__test_optional_floatlist = -1;
/** `aten::_test_optional_floatlist(Tensor values, float[]? addends) -> Tensor` */
export function _test_optional_floatlist(values: Tensor, addends?: number[] | null): Tensor {
  if (ID__test_optional_floatlist < 0) ID__test_optional_floatlist = resolve("aten::_test_optional_floatlist", "");
  try { return wrap(op(ID__test_optional_floatlist, th(values, "values"), addends)); } catch (e) { throw fail(e, ["*values","addends"], [values, addends]); }
}

let ID__test_optional_intlist = -1;
/** `aten::_test_optional_intlist(Tensor values, int[]? addends) -> Tensor` */
export function _test_optional_intlist(values: Tensor, addends?: number | number[] | null): Tensor {
  if (ID__test_optional_intlist < 0) ID__test_optional_intlist = resolve("aten::_test_optional_intlist", "");
  try { return wrap(op(ID__test_optional_intlist, th(values, "values"), addends)); } catch (e) { throw fail(e, ["*values","addends"], [values, addends]); }
}

let ID__test_serialization_subcmul = -1;
/** `aten::_test_serialization_subcmul(Tensor self, Tensor other, Scalar alpha=1) -> Tensor` */
export function _test_serialization_subcmul(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID__test_serialization_subcmul < 0) ID__test_serialization_subcmul = resolve("aten::_test_serialization_subcmul", "");
  try { return wrap(op(ID__test_serialization_subcmul, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID__test_string_default = -1;
/** `aten::_test_string_default(Tensor dummy, str a="\"\'\\", str b="\"\'\\") -> Tensor` */
export function _test_string_default(dummy: Tensor, a?: string, b?: string): Tensor {
  if (ID__test_string_default < 0) ID__test_string_default = resolve("aten::_test_string_default", "");
  try { return wrap(op(ID__test_string_default, th(dummy, "dummy"), a, b)); } catch (e) { throw fail(e, ["*dummy","a","b"], [dummy, a, b]); }
}

let ID__test_warn_in_autograd = -1;
/** `aten::_test_warn_in_autograd(Tensor self) -> Tensor` */
export function _test_warn_in_autograd(self: Tensor): Tensor {
  if (ID__test_warn_in_autograd < 0) ID__test_warn_in_autograd = resolve("aten::_test_warn_in_autograd", "");
  try { return wrap(op(ID__test_warn_in_autograd, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__thnn_differentiable_gru_cell_backward = -1;
/** `aten::_thnn_differentiable_gru_cell_backward(Tensor grad_hy, Tensor input_gates, Tensor hidden_gates, Tensor hx, Tensor? input_bias, Tensor? hidden_bias) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function _thnn_differentiable_gru_cell_backward(grad_hy: Tensor, input_gates: Tensor, hidden_gates: Tensor, hx: Tensor, input_bias?: Tensor | null, hidden_bias?: Tensor | null): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__thnn_differentiable_gru_cell_backward < 0) ID__thnn_differentiable_gru_cell_backward = resolve("aten::_thnn_differentiable_gru_cell_backward", "");
  let r: unknown[];
  try { r = op(ID__thnn_differentiable_gru_cell_backward, th(grad_hy, "grad_hy"), th(input_gates, "input_gates"), th(hidden_gates, "hidden_gates"), th(hx, "hx"), oth(input_bias, "input_bias"), oth(hidden_bias, "hidden_bias")) as unknown[]; } catch (e) { throw fail(e, ["*grad_hy","*input_gates","*hidden_gates","*hx","*input_bias","*hidden_bias"], [grad_hy, input_gates, hidden_gates, hx, input_bias, hidden_bias]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID__thnn_differentiable_lstm_cell_backward = -1;
/** `aten::_thnn_differentiable_lstm_cell_backward(Tensor? grad_hy, Tensor? grad_cy, Tensor input_gates, Tensor hidden_gates, Tensor? input_bias, Tensor? hidden_bias, Tensor cx, Tensor cy) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function _thnn_differentiable_lstm_cell_backward(grad_hy: Tensor | null | undefined, grad_cy: Tensor | null | undefined, input_gates: Tensor, hidden_gates: Tensor, input_bias: Tensor | null | undefined, hidden_bias: Tensor | null | undefined, cx: Tensor, cy: Tensor): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__thnn_differentiable_lstm_cell_backward < 0) ID__thnn_differentiable_lstm_cell_backward = resolve("aten::_thnn_differentiable_lstm_cell_backward", "");
  let r: unknown[];
  try { r = op(ID__thnn_differentiable_lstm_cell_backward, oth(grad_hy, "grad_hy"), oth(grad_cy, "grad_cy"), th(input_gates, "input_gates"), th(hidden_gates, "hidden_gates"), oth(input_bias, "input_bias"), oth(hidden_bias, "hidden_bias"), th(cx, "cx"), th(cy, "cy")) as unknown[]; } catch (e) { throw fail(e, ["*grad_hy","*grad_cy","*input_gates","*hidden_gates","*input_bias","*hidden_bias","*cx","*cy"], [grad_hy, grad_cy, input_gates, hidden_gates, input_bias, hidden_bias, cx, cy]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID__thnn_fused_gru_cell = -1;
/** `aten::_thnn_fused_gru_cell(Tensor input_gates, Tensor hidden_gates, Tensor hx, Tensor? input_bias=None, Tensor? hidden_bias=None) -> (Tensor, Tensor)` */
export function _thnn_fused_gru_cell(input_gates: Tensor, hidden_gates: Tensor, hx: Tensor, input_bias?: Tensor | null, hidden_bias?: Tensor | null): [Tensor, Tensor] {
  if (ID__thnn_fused_gru_cell < 0) ID__thnn_fused_gru_cell = resolve("aten::_thnn_fused_gru_cell", "");
  let r: unknown[];
  try { r = op(ID__thnn_fused_gru_cell, th(input_gates, "input_gates"), th(hidden_gates, "hidden_gates"), th(hx, "hx"), oth(input_bias, "input_bias"), oth(hidden_bias, "hidden_bias")) as unknown[]; } catch (e) { throw fail(e, ["*input_gates","*hidden_gates","*hx","*input_bias","*hidden_bias"], [input_gates, hidden_gates, hx, input_bias, hidden_bias]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__thnn_fused_gru_cell_backward = -1;
/** `aten::_thnn_fused_gru_cell_backward(Tensor grad_hy, Tensor workspace, bool has_bias) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function _thnn_fused_gru_cell_backward(grad_hy: Tensor, workspace: Tensor, has_bias: boolean): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__thnn_fused_gru_cell_backward < 0) ID__thnn_fused_gru_cell_backward = resolve("aten::_thnn_fused_gru_cell_backward", "");
  let r: unknown[];
  try { r = op(ID__thnn_fused_gru_cell_backward, th(grad_hy, "grad_hy"), th(workspace, "workspace"), has_bias) as unknown[]; } catch (e) { throw fail(e, ["*grad_hy","*workspace","has_bias"], [grad_hy, workspace, has_bias]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID__thnn_fused_lstm_cell = -1;
/** `aten::_thnn_fused_lstm_cell(Tensor input_gates, Tensor hidden_gates, Tensor cx, Tensor? input_bias=None, Tensor? hidden_bias=None) -> (Tensor, Tensor, Tensor)` */
export function _thnn_fused_lstm_cell(input_gates: Tensor, hidden_gates: Tensor, cx: Tensor, input_bias?: Tensor | null, hidden_bias?: Tensor | null): [Tensor, Tensor, Tensor] {
  if (ID__thnn_fused_lstm_cell < 0) ID__thnn_fused_lstm_cell = resolve("aten::_thnn_fused_lstm_cell", "");
  let r: unknown[];
  try { r = op(ID__thnn_fused_lstm_cell, th(input_gates, "input_gates"), th(hidden_gates, "hidden_gates"), th(cx, "cx"), oth(input_bias, "input_bias"), oth(hidden_bias, "hidden_bias")) as unknown[]; } catch (e) { throw fail(e, ["*input_gates","*hidden_gates","*cx","*input_bias","*hidden_bias"], [input_gates, hidden_gates, cx, input_bias, hidden_bias]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__thnn_fused_lstm_cell_backward = -1;
/** `aten::_thnn_fused_lstm_cell_backward(Tensor? grad_hy, Tensor? grad_cy, Tensor cx, Tensor cy, Tensor workspace, bool has_bias) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function _thnn_fused_lstm_cell_backward(grad_hy: Tensor | null | undefined, grad_cy: Tensor | null | undefined, cx: Tensor, cy: Tensor, workspace: Tensor, has_bias: boolean): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID__thnn_fused_lstm_cell_backward < 0) ID__thnn_fused_lstm_cell_backward = resolve("aten::_thnn_fused_lstm_cell_backward", "");
  let r: unknown[];
  try { r = op(ID__thnn_fused_lstm_cell_backward, oth(grad_hy, "grad_hy"), oth(grad_cy, "grad_cy"), th(cx, "cx"), th(cy, "cy"), th(workspace, "workspace"), has_bias) as unknown[]; } catch (e) { throw fail(e, ["*grad_hy","*grad_cy","*cx","*cy","*workspace","has_bias"], [grad_hy, grad_cy, cx, cy, workspace, has_bias]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID__thnn_fused_lstm_cell_backward_impl = -1;
/** `aten::_thnn_fused_lstm_cell_backward_impl(Tensor? grad_hy, Tensor? grad_cy, Tensor cx, Tensor cy, Tensor workspace, bool has_bias) -> (Tensor, Tensor, Tensor)` */
export function _thnn_fused_lstm_cell_backward_impl(grad_hy: Tensor | null | undefined, grad_cy: Tensor | null | undefined, cx: Tensor, cy: Tensor, workspace: Tensor, has_bias: boolean): [Tensor, Tensor, Tensor] {
  if (ID__thnn_fused_lstm_cell_backward_impl < 0) ID__thnn_fused_lstm_cell_backward_impl = resolve("aten::_thnn_fused_lstm_cell_backward_impl", "");
  let r: unknown[];
  try { r = op(ID__thnn_fused_lstm_cell_backward_impl, oth(grad_hy, "grad_hy"), oth(grad_cy, "grad_cy"), th(cx, "cx"), th(cy, "cy"), th(workspace, "workspace"), has_bias) as unknown[]; } catch (e) { throw fail(e, ["*grad_hy","*grad_cy","*cx","*cy","*workspace","has_bias"], [grad_hy, grad_cy, cx, cy, workspace, has_bias]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__to_copy = -1;
/** `aten::_to_copy(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, bool non_blocking=False, MemoryFormat? memory_format=None) -> Tensor` */
export function _to_copy(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, non_blocking?: boolean, memory_format?: number | null): Tensor {
  if (ID__to_copy < 0) ID__to_copy = resolve("aten::_to_copy", "");
  try { return wrap(op(ID__to_copy, th(self, "self"), dt(dtype), layout, device, pin_memory, non_blocking, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","non_blocking","memory_format"], [self, dtype, layout, device, pin_memory, non_blocking, memory_format]); }
}

let ID__to_cpu = -1;
/** `aten::_to_cpu(Tensor[] tensors) -> Tensor[]` */
export function _to_cpu(tensors: Tensor[]): Tensor[] {
  if (ID__to_cpu < 0) ID__to_cpu = resolve("aten::_to_cpu", "");
  try { return wrapList(op(ID__to_cpu, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID__to_dense = -1;
/** `aten::_to_dense(Tensor self, ScalarType? dtype=None) -> Tensor` */
export function _to_dense(self: Tensor, dtype?: DType | null): Tensor {
  if (ID__to_dense < 0) ID__to_dense = resolve("aten::_to_dense", "");
  try { return wrap(op(ID__to_dense, th(self, "self"), dt(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID__torch_cuda_cu_linker_symbol_op = -1;
/** `aten::_torch_cuda_cu_linker_symbol_op(Tensor self) -> Tensor` */
export function _torch_cuda_cu_linker_symbol_op(self: Tensor): Tensor {
  if (ID__torch_cuda_cu_linker_symbol_op < 0) ID__torch_cuda_cu_linker_symbol_op = resolve("aten::_torch_cuda_cu_linker_symbol_op", "");
  try { return wrap(op(ID__torch_cuda_cu_linker_symbol_op, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__transform_bias_rescale_qkv = -1;
/** `aten::_transform_bias_rescale_qkv(Tensor qkv, Tensor qkv_bias, int num_heads) -> (Tensor, Tensor, Tensor)` */
export function _transform_bias_rescale_qkv(qkv: Tensor, qkv_bias: Tensor, num_heads: number): [Tensor, Tensor, Tensor] {
  if (ID__transform_bias_rescale_qkv < 0) ID__transform_bias_rescale_qkv = resolve("aten::_transform_bias_rescale_qkv", "");
  let r: unknown[];
  try { r = op(ID__transform_bias_rescale_qkv, th(qkv, "qkv"), th(qkv_bias, "qkv_bias"), num_heads) as unknown[]; } catch (e) { throw fail(e, ["*qkv","*qkv_bias","num_heads"], [qkv, qkv_bias, num_heads]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__transformer_decoder_only_layer_fwd = -1;
/** `aten::_transformer_decoder_only_layer_fwd(Tensor src, int embed_dim, int num_heads, Tensor qkv_weight, Tensor qkv_bias, Tensor proj_weight, Tensor proj_bias, bool use_gelu, bool norm_first, float eps, Tensor norm_weight_1, Tensor norm_bias_1, Tensor norm_weight_2, Tensor norm_bias_2, Tensor ffn_weight_1, Tensor ffn_bias_1, Tensor ffn_weight_2, Tensor ffn_bias_2, Tensor? mask=None, Tensor? incr_key=None, Tensor? incr_value=None) -> (Tensor, Tensor, Tensor)` */
export function _transformer_decoder_only_layer_fwd(src: Tensor, embed_dim: number, num_heads: number, qkv_weight: Tensor, qkv_bias: Tensor, proj_weight: Tensor, proj_bias: Tensor, use_gelu: boolean, norm_first: boolean, eps: number, norm_weight_1: Tensor, norm_bias_1: Tensor, norm_weight_2: Tensor, norm_bias_2: Tensor, ffn_weight_1: Tensor, ffn_bias_1: Tensor, ffn_weight_2: Tensor, ffn_bias_2: Tensor, mask?: Tensor | null, incr_key?: Tensor | null, incr_value?: Tensor | null): [Tensor, Tensor, Tensor] {
  if (ID__transformer_decoder_only_layer_fwd < 0) ID__transformer_decoder_only_layer_fwd = resolve("aten::_transformer_decoder_only_layer_fwd", "");
  let r: unknown[];
  try { r = op(ID__transformer_decoder_only_layer_fwd, th(src, "src"), embed_dim, num_heads, th(qkv_weight, "qkv_weight"), th(qkv_bias, "qkv_bias"), th(proj_weight, "proj_weight"), th(proj_bias, "proj_bias"), use_gelu, norm_first, eps, th(norm_weight_1, "norm_weight_1"), th(norm_bias_1, "norm_bias_1"), th(norm_weight_2, "norm_weight_2"), th(norm_bias_2, "norm_bias_2"), th(ffn_weight_1, "ffn_weight_1"), th(ffn_bias_1, "ffn_bias_1"), th(ffn_weight_2, "ffn_weight_2"), th(ffn_bias_2, "ffn_bias_2"), oth(mask, "mask"), oth(incr_key, "incr_key"), oth(incr_value, "incr_value")) as unknown[]; } catch (e) { throw fail(e, ["*src","embed_dim","num_heads","*qkv_weight","*qkv_bias","*proj_weight","*proj_bias","use_gelu","norm_first","eps","*norm_weight_1","*norm_bias_1","*norm_weight_2","*norm_bias_2","*ffn_weight_1","*ffn_bias_1","*ffn_weight_2","*ffn_bias_2","*mask","*incr_key","*incr_value"], [src, embed_dim, num_heads, qkv_weight, qkv_bias, proj_weight, proj_bias, use_gelu, norm_first, eps, norm_weight_1, norm_bias_1, norm_weight_2, norm_bias_2, ffn_weight_1, ffn_bias_1, ffn_weight_2, ffn_bias_2, mask, incr_key, incr_value]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__transformer_encoder_layer_fwd = -1;
/** `aten::_transformer_encoder_layer_fwd(Tensor src, int embed_dim, int num_heads, Tensor qkv_weight, Tensor qkv_bias, Tensor proj_weight, Tensor proj_bias, bool use_gelu, bool norm_first, float eps, Tensor norm_weight_1, Tensor norm_bias_1, Tensor norm_weight_2, Tensor norm_bias_2, Tensor ffn_weight_1, Tensor ffn_bias_1, Tensor ffn_weight_2, Tensor ffn_bias_2, Tensor? mask=None, int? mask_type=None) -> Tensor` */
export function _transformer_encoder_layer_fwd(src: Tensor, embed_dim: number, num_heads: number, qkv_weight: Tensor, qkv_bias: Tensor, proj_weight: Tensor, proj_bias: Tensor, use_gelu: boolean, norm_first: boolean, eps: number, norm_weight_1: Tensor, norm_bias_1: Tensor, norm_weight_2: Tensor, norm_bias_2: Tensor, ffn_weight_1: Tensor, ffn_bias_1: Tensor, ffn_weight_2: Tensor, ffn_bias_2: Tensor, mask?: Tensor | null, mask_type?: number | null): Tensor {
  if (ID__transformer_encoder_layer_fwd < 0) ID__transformer_encoder_layer_fwd = resolve("aten::_transformer_encoder_layer_fwd", "");
  try { return wrap(op(ID__transformer_encoder_layer_fwd, th(src, "src"), embed_dim, num_heads, th(qkv_weight, "qkv_weight"), th(qkv_bias, "qkv_bias"), th(proj_weight, "proj_weight"), th(proj_bias, "proj_bias"), use_gelu, norm_first, eps, th(norm_weight_1, "norm_weight_1"), th(norm_bias_1, "norm_bias_1"), th(norm_weight_2, "norm_weight_2"), th(norm_bias_2, "norm_bias_2"), th(ffn_weight_1, "ffn_weight_1"), th(ffn_bias_1, "ffn_bias_1"), th(ffn_weight_2, "ffn_weight_2"), th(ffn_bias_2, "ffn_bias_2"), oth(mask, "mask"), mask_type)); } catch (e) { throw fail(e, ["*src","embed_dim","num_heads","*qkv_weight","*qkv_bias","*proj_weight","*proj_bias","use_gelu","norm_first","eps","*norm_weight_1","*norm_bias_1","*norm_weight_2","*norm_bias_2","*ffn_weight_1","*ffn_bias_1","*ffn_weight_2","*ffn_bias_2","*mask","mask_type"], [src, embed_dim, num_heads, qkv_weight, qkv_bias, proj_weight, proj_bias, use_gelu, norm_first, eps, norm_weight_1, norm_bias_1, norm_weight_2, norm_bias_2, ffn_weight_1, ffn_bias_1, ffn_weight_2, ffn_bias_2, mask, mask_type]); }
}

let ID__trilinear = -1;
/** `aten::_trilinear(Tensor i1, Tensor i2, Tensor i3, int[] expand1, int[] expand2, int[] expand3, int[] sumdim, int unroll_dim=1) -> Tensor` */
export function _trilinear(i1: Tensor, i2: Tensor, i3: Tensor, expand1: number | number[], expand2: number | number[], expand3: number | number[], sumdim: number | number[], unroll_dim?: number): Tensor {
  if (ID__trilinear < 0) ID__trilinear = resolve("aten::_trilinear", "");
  try { return wrap(op(ID__trilinear, th(i1, "i1"), th(i2, "i2"), th(i3, "i3"), expand1, expand2, expand3, sumdim, unroll_dim)); } catch (e) { throw fail(e, ["*i1","*i2","*i3","expand1","expand2","expand3","sumdim","unroll_dim"], [i1, i2, i3, expand1, expand2, expand3, sumdim, unroll_dim]); }
}

let ID__triton_multi_head_attention = -1;
/** `aten::_triton_multi_head_attention(Tensor query, Tensor key, Tensor value, int embed_dim, int num_head, Tensor qkv_weight, Tensor qkv_bias, Tensor proj_weight, Tensor proj_bias, Tensor? mask=None) -> Tensor` */
export function _triton_multi_head_attention(query: Tensor, key: Tensor, value: Tensor, embed_dim: number, num_head: number, qkv_weight: Tensor, qkv_bias: Tensor, proj_weight: Tensor, proj_bias: Tensor, mask?: Tensor | null): Tensor {
  if (ID__triton_multi_head_attention < 0) ID__triton_multi_head_attention = resolve("aten::_triton_multi_head_attention", "");
  try { return wrap(op(ID__triton_multi_head_attention, th(query, "query"), th(key, "key"), th(value, "value"), embed_dim, num_head, th(qkv_weight, "qkv_weight"), th(qkv_bias, "qkv_bias"), th(proj_weight, "proj_weight"), th(proj_bias, "proj_bias"), oth(mask, "mask"))); } catch (e) { throw fail(e, ["*query","*key","*value","embed_dim","num_head","*qkv_weight","*qkv_bias","*proj_weight","*proj_bias","*mask"], [query, key, value, embed_dim, num_head, qkv_weight, qkv_bias, proj_weight, proj_bias, mask]); }
}

let ID__triton_scaled_dot_attention = -1;
/** `aten::_triton_scaled_dot_attention(Tensor q, Tensor k, Tensor v, float dropout_p=0.) -> Tensor` */
export function _triton_scaled_dot_attention(q: Tensor, k: Tensor, v: Tensor, dropout_p?: number): Tensor {
  if (ID__triton_scaled_dot_attention < 0) ID__triton_scaled_dot_attention = resolve("aten::_triton_scaled_dot_attention", "");
  try { return wrap(op(ID__triton_scaled_dot_attention, th(q, "q"), th(k, "k"), th(v, "v"), dropout_p)); } catch (e) { throw fail(e, ["*q","*k","*v","dropout_p"], [q, k, v, dropout_p]); }
}

let ID__unique = -1;
/** `aten::_unique(Tensor self, bool sorted=True, bool return_inverse=False) -> (Tensor, Tensor)` */
export function _unique(self: Tensor, sorted?: boolean, return_inverse?: boolean): [Tensor, Tensor] {
  if (ID__unique < 0) ID__unique = resolve("aten::_unique", "");
  let r: unknown[];
  try { r = op(ID__unique, th(self, "self"), sorted, return_inverse) as unknown[]; } catch (e) { throw fail(e, ["*self","sorted","return_inverse"], [self, sorted, return_inverse]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__unique2 = -1;
/** `aten::_unique2(Tensor self, bool sorted=True, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)` */
export function _unique2(self: Tensor, sorted?: boolean, return_inverse?: boolean, return_counts?: boolean): [Tensor, Tensor, Tensor] {
  if (ID__unique2 < 0) ID__unique2 = resolve("aten::_unique2", "");
  let r: unknown[];
  try { r = op(ID__unique2, th(self, "self"), sorted, return_inverse, return_counts) as unknown[]; } catch (e) { throw fail(e, ["*self","sorted","return_inverse","return_counts"], [self, sorted, return_inverse, return_counts]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID__unpack_dual = -1;
/** `aten::_unpack_dual(Tensor(a) dual, int level) -> (Tensor(a) primal, Tensor tangent)` */
export function _unpack_dual(dual: Tensor, level: number): [Tensor, Tensor] {
  if (ID__unpack_dual < 0) ID__unpack_dual = resolve("aten::_unpack_dual", "");
  let r: unknown[];
  try { r = op(ID__unpack_dual, th(dual, "dual"), level) as unknown[]; } catch (e) { throw fail(e, ["*dual","level"], [dual, level]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__unsafe_view = -1;
/** `aten::_unsafe_view(Tensor self, SymInt[] size) -> Tensor` */
export function _unsafe_view(self: Tensor, size: number | number[]): Tensor {
  if (ID__unsafe_view < 0) ID__unsafe_view = resolve("aten::_unsafe_view", "");
  try { return wrap(op(ID__unsafe_view, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID__upsample_bicubic2d_aa = -1;
/** `aten::_upsample_bicubic2d_aa(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_bicubic2d_aa(self: Tensor, output_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_bicubic2d_aa < 0) ID__upsample_bicubic2d_aa = resolve("aten::_upsample_bicubic2d_aa", "");
  try { return wrap(op(ID__upsample_bicubic2d_aa, th(self, "self"), output_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","align_corners","scales_h","scales_w"], [self, output_size, align_corners, scales_h, scales_w]); }
}

let ID__upsample_bicubic2d_aa_vec = -1;
/** `aten::_upsample_bicubic2d_aa.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function _upsample_bicubic2d_aa_vec(input: Tensor, output_size: number | number[] | null | undefined, align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_bicubic2d_aa_vec < 0) ID__upsample_bicubic2d_aa_vec = resolve("aten::_upsample_bicubic2d_aa", "vec");
  try { return wrap(op(ID__upsample_bicubic2d_aa_vec, th(input, "input"), output_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","align_corners","scale_factors"], [input, output_size, align_corners, scale_factors]); }
}

let ID__upsample_bicubic2d_aa_backward = -1;
/** `aten::_upsample_bicubic2d_aa_backward(Tensor grad_output, SymInt[2] output_size, SymInt[4] input_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_bicubic2d_aa_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_bicubic2d_aa_backward < 0) ID__upsample_bicubic2d_aa_backward = resolve("aten::_upsample_bicubic2d_aa_backward", "");
  try { return wrap(op(ID__upsample_bicubic2d_aa_backward, th(grad_output, "grad_output"), output_size, input_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scales_h","scales_w"], [grad_output, output_size, input_size, align_corners, scales_h, scales_w]); }
}

let ID__upsample_bicubic2d_aa_backward_vec = -1;
/** `aten::_upsample_bicubic2d_aa_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function _upsample_bicubic2d_aa_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_bicubic2d_aa_backward_vec < 0) ID__upsample_bicubic2d_aa_backward_vec = resolve("aten::_upsample_bicubic2d_aa_backward", "vec");
  try { return wrap(op(ID__upsample_bicubic2d_aa_backward_vec, th(grad_output, "grad_output"), output_size, input_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scale_factors"], [grad_output, output_size, input_size, align_corners, scale_factors]); }
}

let ID__upsample_bilinear2d_aa = -1;
/** `aten::_upsample_bilinear2d_aa(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_bilinear2d_aa(self: Tensor, output_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_bilinear2d_aa < 0) ID__upsample_bilinear2d_aa = resolve("aten::_upsample_bilinear2d_aa", "");
  try { return wrap(op(ID__upsample_bilinear2d_aa, th(self, "self"), output_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","align_corners","scales_h","scales_w"], [self, output_size, align_corners, scales_h, scales_w]); }
}

let ID__upsample_bilinear2d_aa_vec = -1;
/** `aten::_upsample_bilinear2d_aa.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function _upsample_bilinear2d_aa_vec(input: Tensor, output_size: number | number[] | null | undefined, align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_bilinear2d_aa_vec < 0) ID__upsample_bilinear2d_aa_vec = resolve("aten::_upsample_bilinear2d_aa", "vec");
  try { return wrap(op(ID__upsample_bilinear2d_aa_vec, th(input, "input"), output_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","align_corners","scale_factors"], [input, output_size, align_corners, scale_factors]); }
}

let ID__upsample_bilinear2d_aa_backward = -1;
/** `aten::_upsample_bilinear2d_aa_backward(Tensor grad_output, SymInt[2] output_size, SymInt[4] input_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_bilinear2d_aa_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_bilinear2d_aa_backward < 0) ID__upsample_bilinear2d_aa_backward = resolve("aten::_upsample_bilinear2d_aa_backward", "");
  try { return wrap(op(ID__upsample_bilinear2d_aa_backward, th(grad_output, "grad_output"), output_size, input_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scales_h","scales_w"], [grad_output, output_size, input_size, align_corners, scales_h, scales_w]); }
}

let ID__upsample_bilinear2d_aa_backward_vec = -1;
/** `aten::_upsample_bilinear2d_aa_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function _upsample_bilinear2d_aa_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_bilinear2d_aa_backward_vec < 0) ID__upsample_bilinear2d_aa_backward_vec = resolve("aten::_upsample_bilinear2d_aa_backward", "vec");
  try { return wrap(op(ID__upsample_bilinear2d_aa_backward_vec, th(grad_output, "grad_output"), output_size, input_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scale_factors"], [grad_output, output_size, input_size, align_corners, scale_factors]); }
}

let ID__upsample_nearest_exact1d = -1;
/** `aten::_upsample_nearest_exact1d(Tensor self, SymInt[1] output_size, float? scales=None) -> Tensor` */
export function _upsample_nearest_exact1d(self: Tensor, output_size: number | number[], scales?: number | null): Tensor {
  if (ID__upsample_nearest_exact1d < 0) ID__upsample_nearest_exact1d = resolve("aten::_upsample_nearest_exact1d", "");
  try { return wrap(op(ID__upsample_nearest_exact1d, th(self, "self"), output_size, scales)); } catch (e) { throw fail(e, ["*self","output_size","scales"], [self, output_size, scales]); }
}

let ID__upsample_nearest_exact1d_vec = -1;
/** `aten::_upsample_nearest_exact1d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor` */
export function _upsample_nearest_exact1d_vec(input: Tensor, output_size?: number | number[] | null, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_nearest_exact1d_vec < 0) ID__upsample_nearest_exact1d_vec = resolve("aten::_upsample_nearest_exact1d", "vec");
  try { return wrap(op(ID__upsample_nearest_exact1d_vec, th(input, "input"), output_size, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","scale_factors"], [input, output_size, scale_factors]); }
}

let ID__upsample_nearest_exact1d_backward = -1;
/** `aten::_upsample_nearest_exact1d_backward(Tensor grad_output, SymInt[1] output_size, SymInt[3] input_size, float? scales=None) -> Tensor` */
export function _upsample_nearest_exact1d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], scales?: number | null): Tensor {
  if (ID__upsample_nearest_exact1d_backward < 0) ID__upsample_nearest_exact1d_backward = resolve("aten::_upsample_nearest_exact1d_backward", "");
  try { return wrap(op(ID__upsample_nearest_exact1d_backward, th(grad_output, "grad_output"), output_size, input_size, scales)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scales"], [grad_output, output_size, input_size, scales]); }
}

let ID__upsample_nearest_exact1d_backward_vec = -1;
/** `aten::_upsample_nearest_exact1d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, float[]? scale_factors) -> Tensor` */
export function _upsample_nearest_exact1d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], scale_factors?: number[] | null): Tensor {
  if (ID__upsample_nearest_exact1d_backward_vec < 0) ID__upsample_nearest_exact1d_backward_vec = resolve("aten::_upsample_nearest_exact1d_backward", "vec");
  try { return wrap(op(ID__upsample_nearest_exact1d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scale_factors"], [grad_output, output_size, input_size, scale_factors]); }
}

let ID__upsample_nearest_exact2d = -1;
/** `aten::_upsample_nearest_exact2d(Tensor self, SymInt[2] output_size, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_nearest_exact2d(self: Tensor, output_size: number | number[], scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_nearest_exact2d < 0) ID__upsample_nearest_exact2d = resolve("aten::_upsample_nearest_exact2d", "");
  try { return wrap(op(ID__upsample_nearest_exact2d, th(self, "self"), output_size, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","scales_h","scales_w"], [self, output_size, scales_h, scales_w]); }
}

let ID__upsample_nearest_exact2d_vec = -1;
/** `aten::_upsample_nearest_exact2d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor` */
export function _upsample_nearest_exact2d_vec(input: Tensor, output_size?: number | number[] | null, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_nearest_exact2d_vec < 0) ID__upsample_nearest_exact2d_vec = resolve("aten::_upsample_nearest_exact2d", "vec");
  try { return wrap(op(ID__upsample_nearest_exact2d_vec, th(input, "input"), output_size, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","scale_factors"], [input, output_size, scale_factors]); }
}

let ID__upsample_nearest_exact2d_backward = -1;
/** `aten::_upsample_nearest_exact2d_backward(Tensor grad_output, SymInt[2] output_size, SymInt[4] input_size, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_nearest_exact2d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_nearest_exact2d_backward < 0) ID__upsample_nearest_exact2d_backward = resolve("aten::_upsample_nearest_exact2d_backward", "");
  try { return wrap(op(ID__upsample_nearest_exact2d_backward, th(grad_output, "grad_output"), output_size, input_size, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scales_h","scales_w"], [grad_output, output_size, input_size, scales_h, scales_w]); }
}

let ID__upsample_nearest_exact2d_backward_vec = -1;
/** `aten::_upsample_nearest_exact2d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, float[]? scale_factors) -> Tensor` */
export function _upsample_nearest_exact2d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], scale_factors?: number[] | null): Tensor {
  if (ID__upsample_nearest_exact2d_backward_vec < 0) ID__upsample_nearest_exact2d_backward_vec = resolve("aten::_upsample_nearest_exact2d_backward", "vec");
  try { return wrap(op(ID__upsample_nearest_exact2d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scale_factors"], [grad_output, output_size, input_size, scale_factors]); }
}

let ID__upsample_nearest_exact3d = -1;
/** `aten::_upsample_nearest_exact3d(Tensor self, SymInt[3] output_size, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_nearest_exact3d(self: Tensor, output_size: number | number[], scales_d?: number | null, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_nearest_exact3d < 0) ID__upsample_nearest_exact3d = resolve("aten::_upsample_nearest_exact3d", "");
  try { return wrap(op(ID__upsample_nearest_exact3d, th(self, "self"), output_size, scales_d, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","scales_d","scales_h","scales_w"], [self, output_size, scales_d, scales_h, scales_w]); }
}

let ID__upsample_nearest_exact3d_vec = -1;
/** `aten::_upsample_nearest_exact3d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor` */
export function _upsample_nearest_exact3d_vec(input: Tensor, output_size?: number | number[] | null, scale_factors?: number[] | null): Tensor {
  if (ID__upsample_nearest_exact3d_vec < 0) ID__upsample_nearest_exact3d_vec = resolve("aten::_upsample_nearest_exact3d", "vec");
  try { return wrap(op(ID__upsample_nearest_exact3d_vec, th(input, "input"), output_size, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","scale_factors"], [input, output_size, scale_factors]); }
}

let ID__upsample_nearest_exact3d_backward = -1;
/** `aten::_upsample_nearest_exact3d_backward(Tensor grad_output, SymInt[3] output_size, SymInt[5] input_size, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function _upsample_nearest_exact3d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], scales_d?: number | null, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID__upsample_nearest_exact3d_backward < 0) ID__upsample_nearest_exact3d_backward = resolve("aten::_upsample_nearest_exact3d_backward", "");
  try { return wrap(op(ID__upsample_nearest_exact3d_backward, th(grad_output, "grad_output"), output_size, input_size, scales_d, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scales_d","scales_h","scales_w"], [grad_output, output_size, input_size, scales_d, scales_h, scales_w]); }
}

let ID__upsample_nearest_exact3d_backward_vec = -1;
/** `aten::_upsample_nearest_exact3d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, float[]? scale_factors) -> Tensor` */
export function _upsample_nearest_exact3d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], scale_factors?: number[] | null): Tensor {
  if (ID__upsample_nearest_exact3d_backward_vec < 0) ID__upsample_nearest_exact3d_backward_vec = resolve("aten::_upsample_nearest_exact3d_backward", "vec");
  try { return wrap(op(ID__upsample_nearest_exact3d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scale_factors"], [grad_output, output_size, input_size, scale_factors]); }
}

let ID__use_cudnn_ctc_loss = -1;
/** `aten::_use_cudnn_ctc_loss(Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, int blank) -> bool` */
export function _use_cudnn_ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: number | number[], target_lengths: number | number[], blank: number): boolean {
  if (ID__use_cudnn_ctc_loss < 0) ID__use_cudnn_ctc_loss = resolve("aten::_use_cudnn_ctc_loss", "");
  try { return op(ID__use_cudnn_ctc_loss, th(log_probs, "log_probs"), th(targets, "targets"), input_lengths, target_lengths, blank) as boolean; } catch (e) { throw fail(e, ["*log_probs","*targets","input_lengths","target_lengths","blank"], [log_probs, targets, input_lengths, target_lengths, blank]); }
}

let ID__use_cudnn_ctc_loss_Tensor = -1;
/** `aten::_use_cudnn_ctc_loss.Tensor(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank) -> bool` */
export function _use_cudnn_ctc_loss_Tensor(log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, blank: number): boolean {
  if (ID__use_cudnn_ctc_loss_Tensor < 0) ID__use_cudnn_ctc_loss_Tensor = resolve("aten::_use_cudnn_ctc_loss", "Tensor");
  try { return op(ID__use_cudnn_ctc_loss_Tensor, th(log_probs, "log_probs"), th(targets, "targets"), th(input_lengths, "input_lengths"), th(target_lengths, "target_lengths"), blank) as boolean; } catch (e) { throw fail(e, ["*log_probs","*targets","*input_lengths","*target_lengths","blank"], [log_probs, targets, input_lengths, target_lengths, blank]); }
}

let ID__use_cudnn_rnn_flatten_weight = -1;
/** `aten::_use_cudnn_rnn_flatten_weight() -> bool` */
export function _use_cudnn_rnn_flatten_weight(): boolean {
  if (ID__use_cudnn_rnn_flatten_weight < 0) ID__use_cudnn_rnn_flatten_weight = resolve("aten::_use_cudnn_rnn_flatten_weight", "");
  try { return op(ID__use_cudnn_rnn_flatten_weight) as boolean; } catch (e) { throw fail(e, [], []); }
}

let ID__validate_compressed_sparse_indices = -1;
/** `aten::_validate_compressed_sparse_indices(bool is_crow, Tensor compressed_idx, Tensor plain_idx, int cdim, int dim, int nnz) -> ()` */
export function _validate_compressed_sparse_indices(is_crow: boolean, compressed_idx: Tensor, plain_idx: Tensor, cdim: number, dim: number, nnz: number): void {
  if (ID__validate_compressed_sparse_indices < 0) ID__validate_compressed_sparse_indices = resolve("aten::_validate_compressed_sparse_indices", "");
  try { op(ID__validate_compressed_sparse_indices, is_crow, th(compressed_idx, "compressed_idx"), th(plain_idx, "plain_idx"), cdim, dim, nnz); } catch (e) { throw fail(e, ["is_crow","*compressed_idx","*plain_idx","cdim","dim","nnz"], [is_crow, compressed_idx, plain_idx, cdim, dim, nnz]); }
}

let ID__validate_sparse_bsc_tensor_args = -1;
/** `aten::_validate_sparse_bsc_tensor_args(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size) -> ()` */
export function _validate_sparse_bsc_tensor_args(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, size: number | number[]): void {
  if (ID__validate_sparse_bsc_tensor_args < 0) ID__validate_sparse_bsc_tensor_args = resolve("aten::_validate_sparse_bsc_tensor_args", "");
  try { op(ID__validate_sparse_bsc_tensor_args, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), size); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","size"], [ccol_indices, row_indices, values, size]); }
}

let ID__validate_sparse_bsr_tensor_args = -1;
/** `aten::_validate_sparse_bsr_tensor_args(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size) -> ()` */
export function _validate_sparse_bsr_tensor_args(crow_indices: Tensor, col_indices: Tensor, values: Tensor, size: number | number[]): void {
  if (ID__validate_sparse_bsr_tensor_args < 0) ID__validate_sparse_bsr_tensor_args = resolve("aten::_validate_sparse_bsr_tensor_args", "");
  try { op(ID__validate_sparse_bsr_tensor_args, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), size); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","size"], [crow_indices, col_indices, values, size]); }
}

let ID__validate_sparse_compressed_tensor_args = -1;
/** `aten::_validate_sparse_compressed_tensor_args(Tensor compressed_indices, Tensor plain_indices, Tensor values, int[] size, Layout layout) -> ()` */
export function _validate_sparse_compressed_tensor_args(compressed_indices: Tensor, plain_indices: Tensor, values: Tensor, size: number | number[], layout: number): void {
  if (ID__validate_sparse_compressed_tensor_args < 0) ID__validate_sparse_compressed_tensor_args = resolve("aten::_validate_sparse_compressed_tensor_args", "");
  try { op(ID__validate_sparse_compressed_tensor_args, th(compressed_indices, "compressed_indices"), th(plain_indices, "plain_indices"), th(values, "values"), size, layout); } catch (e) { throw fail(e, ["*compressed_indices","*plain_indices","*values","size","layout"], [compressed_indices, plain_indices, values, size, layout]); }
}

let ID__validate_sparse_coo_tensor_args = -1;
/** `aten::_validate_sparse_coo_tensor_args(Tensor indices, Tensor values, int[] size) -> ()` */
export function _validate_sparse_coo_tensor_args(indices: Tensor, values: Tensor, size: number | number[]): void {
  if (ID__validate_sparse_coo_tensor_args < 0) ID__validate_sparse_coo_tensor_args = resolve("aten::_validate_sparse_coo_tensor_args", "");
  try { op(ID__validate_sparse_coo_tensor_args, th(indices, "indices"), th(values, "values"), size); } catch (e) { throw fail(e, ["*indices","*values","size"], [indices, values, size]); }
}

let ID__validate_sparse_csc_tensor_args = -1;
/** `aten::_validate_sparse_csc_tensor_args(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size) -> ()` */
export function _validate_sparse_csc_tensor_args(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, size: number | number[]): void {
  if (ID__validate_sparse_csc_tensor_args < 0) ID__validate_sparse_csc_tensor_args = resolve("aten::_validate_sparse_csc_tensor_args", "");
  try { op(ID__validate_sparse_csc_tensor_args, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), size); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","size"], [ccol_indices, row_indices, values, size]); }
}

let ID__validate_sparse_csr_tensor_args = -1;
/** `aten::_validate_sparse_csr_tensor_args(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size) -> ()` */
export function _validate_sparse_csr_tensor_args(crow_indices: Tensor, col_indices: Tensor, values: Tensor, size: number | number[]): void {
  if (ID__validate_sparse_csr_tensor_args < 0) ID__validate_sparse_csr_tensor_args = resolve("aten::_validate_sparse_csr_tensor_args", "");
  try { op(ID__validate_sparse_csr_tensor_args, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), size); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","size"], [crow_indices, col_indices, values, size]); }
}

let ID__values = -1;
/** `aten::_values(Tensor(a) self) -> Tensor(a)` */
export function _values(self: Tensor): Tensor {
  if (ID__values < 0) ID__values = resolve("aten::_values", "");
  try { return wrap(op(ID__values, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__values_copy = -1;
/** `aten::_values_copy(Tensor self) -> Tensor` */
export function _values_copy(self: Tensor): Tensor {
  if (ID__values_copy < 0) ID__values_copy = resolve("aten::_values_copy", "");
  try { return wrap(op(ID__values_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__version = -1;
/** `aten::_version(Tensor self) -> int` */
export function _version(self: Tensor): number {
  if (ID__version < 0) ID__version = resolve("aten::_version", "");
  try { return op(ID__version, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID__weight_norm = -1;
/** `aten::_weight_norm(Tensor v, Tensor g, int dim=0) -> Tensor` */
export function _weight_norm(v: Tensor, g: Tensor, dim?: number): Tensor {
  if (ID__weight_norm < 0) ID__weight_norm = resolve("aten::_weight_norm", "");
  try { return wrap(op(ID__weight_norm, th(v, "v"), th(g, "g"), dim)); } catch (e) { throw fail(e, ["*v","*g","dim"], [v, g, dim]); }
}

let ID__weight_norm_differentiable_backward = -1;
/** `aten::_weight_norm_differentiable_backward(Tensor grad_w, Tensor saved_v, Tensor saved_g, Tensor saved_norms, int dim) -> (Tensor, Tensor)` */
export function _weight_norm_differentiable_backward(grad_w: Tensor, saved_v: Tensor, saved_g: Tensor, saved_norms: Tensor, dim: number): [Tensor, Tensor] {
  if (ID__weight_norm_differentiable_backward < 0) ID__weight_norm_differentiable_backward = resolve("aten::_weight_norm_differentiable_backward", "");
  let r: unknown[];
  try { r = op(ID__weight_norm_differentiable_backward, th(grad_w, "grad_w"), th(saved_v, "saved_v"), th(saved_g, "saved_g"), th(saved_norms, "saved_norms"), dim) as unknown[]; } catch (e) { throw fail(e, ["*grad_w","*saved_v","*saved_g","*saved_norms","dim"], [grad_w, saved_v, saved_g, saved_norms, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__weight_norm_interface = -1;
/** `aten::_weight_norm_interface(Tensor v, Tensor g, int dim=0) -> (Tensor, Tensor)` */
export function _weight_norm_interface(v: Tensor, g: Tensor, dim?: number): [Tensor, Tensor] {
  if (ID__weight_norm_interface < 0) ID__weight_norm_interface = resolve("aten::_weight_norm_interface", "");
  let r: unknown[];
  try { r = op(ID__weight_norm_interface, th(v, "v"), th(g, "g"), dim) as unknown[]; } catch (e) { throw fail(e, ["*v","*g","dim"], [v, g, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID__weight_norm_interface_backward = -1;
/** `aten::_weight_norm_interface_backward(Tensor grad_w, Tensor saved_v, Tensor saved_g, Tensor saved_norms, int dim) -> (Tensor, Tensor)` */
export function _weight_norm_interface_backward(grad_w: Tensor, saved_v: Tensor, saved_g: Tensor, saved_norms: Tensor, dim: number): [Tensor, Tensor] {
  if (ID__weight_norm_interface_backward < 0) ID__weight_norm_interface_backward = resolve("aten::_weight_norm_interface_backward", "");
  let r: unknown[];
  try { r = op(ID__weight_norm_interface_backward, th(grad_w, "grad_w"), th(saved_v, "saved_v"), th(saved_g, "saved_g"), th(saved_norms, "saved_norms"), dim) as unknown[]; } catch (e) { throw fail(e, ["*grad_w","*saved_v","*saved_g","*saved_norms","dim"], [grad_w, saved_v, saved_g, saved_norms, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_abs = -1;
/** `aten::abs(Tensor self) -> Tensor` */
export function abs(self: Tensor): Tensor {
  if (ID_abs < 0) ID_abs = resolve("aten::abs", "");
  try { return wrap(op(ID_abs, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_abs_ = -1;
/** `aten::abs_(Tensor(a!) self) -> Tensor(a!)` */
export function abs_(self: Tensor): Tensor {
  if (ID_abs_ < 0) ID_abs_ = resolve("aten::abs_", "");
  try { return wrap(op(ID_abs_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_absolute = -1;
/** `aten::absolute(Tensor self) -> Tensor` */
export function absolute(self: Tensor): Tensor {
  if (ID_absolute < 0) ID_absolute = resolve("aten::absolute", "");
  try { return wrap(op(ID_absolute, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_absolute_ = -1;
/** `aten::absolute_(Tensor(a!) self) -> Tensor(a!)` */
export function absolute_(self: Tensor): Tensor {
  if (ID_absolute_ < 0) ID_absolute_ = resolve("aten::absolute_", "");
  try { return wrap(op(ID_absolute_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_acos = -1;
/** `aten::acos(Tensor self) -> Tensor` */
export function acos(self: Tensor): Tensor {
  if (ID_acos < 0) ID_acos = resolve("aten::acos", "");
  try { return wrap(op(ID_acos, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_acos_ = -1;
/** `aten::acos_(Tensor(a!) self) -> Tensor(a!)` */
export function acos_(self: Tensor): Tensor {
  if (ID_acos_ < 0) ID_acos_ = resolve("aten::acos_", "");
  try { return wrap(op(ID_acos_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_acosh = -1;
/** `aten::acosh(Tensor self) -> Tensor` */
export function acosh(self: Tensor): Tensor {
  if (ID_acosh < 0) ID_acosh = resolve("aten::acosh", "");
  try { return wrap(op(ID_acosh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_acosh_ = -1;
/** `aten::acosh_(Tensor(a!) self) -> Tensor(a!)` */
export function acosh_(self: Tensor): Tensor {
  if (ID_acosh_ < 0) ID_acosh_ = resolve("aten::acosh_", "");
  try { return wrap(op(ID_acosh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_adaptive_avg_pool1d = -1;
/** `aten::adaptive_avg_pool1d(Tensor self, int[1] output_size) -> Tensor` */
export function adaptive_avg_pool1d(self: Tensor, output_size: number | number[]): Tensor {
  if (ID_adaptive_avg_pool1d < 0) ID_adaptive_avg_pool1d = resolve("aten::adaptive_avg_pool1d", "");
  try { return wrap(op(ID_adaptive_avg_pool1d, th(self, "self"), output_size)); } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
}

let ID_adaptive_avg_pool2d = -1;
/** `aten::adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor` */
export function adaptive_avg_pool2d(self: Tensor, output_size: number | number[]): Tensor {
  if (ID_adaptive_avg_pool2d < 0) ID_adaptive_avg_pool2d = resolve("aten::adaptive_avg_pool2d", "");
  try { return wrap(op(ID_adaptive_avg_pool2d, th(self, "self"), output_size)); } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
}

let ID_adaptive_avg_pool3d = -1;
/** `aten::adaptive_avg_pool3d(Tensor self, int[3] output_size) -> Tensor` */
export function adaptive_avg_pool3d(self: Tensor, output_size: number | number[]): Tensor {
  if (ID_adaptive_avg_pool3d < 0) ID_adaptive_avg_pool3d = resolve("aten::adaptive_avg_pool3d", "");
  try { return wrap(op(ID_adaptive_avg_pool3d, th(self, "self"), output_size)); } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
}

let ID_adaptive_max_pool1d = -1;
/** `aten::adaptive_max_pool1d(Tensor self, int[1] output_size) -> (Tensor, Tensor)` */
export function adaptive_max_pool1d(self: Tensor, output_size: number | number[]): [Tensor, Tensor] {
  if (ID_adaptive_max_pool1d < 0) ID_adaptive_max_pool1d = resolve("aten::adaptive_max_pool1d", "");
  let r: unknown[];
  try { r = op(ID_adaptive_max_pool1d, th(self, "self"), output_size) as unknown[]; } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_adaptive_max_pool2d = -1;
/** `aten::adaptive_max_pool2d(Tensor self, int[2] output_size) -> (Tensor, Tensor)` */
export function adaptive_max_pool2d(self: Tensor, output_size: number | number[]): [Tensor, Tensor] {
  if (ID_adaptive_max_pool2d < 0) ID_adaptive_max_pool2d = resolve("aten::adaptive_max_pool2d", "");
  let r: unknown[];
  try { r = op(ID_adaptive_max_pool2d, th(self, "self"), output_size) as unknown[]; } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_adaptive_max_pool2d_backward = -1;
/** `aten::adaptive_max_pool2d_backward(Tensor grad_output, Tensor self, Tensor indices) -> Tensor` */
export function adaptive_max_pool2d_backward(grad_output: Tensor, self: Tensor, indices: Tensor): Tensor {
  if (ID_adaptive_max_pool2d_backward < 0) ID_adaptive_max_pool2d_backward = resolve("aten::adaptive_max_pool2d_backward", "");
  try { return wrap(op(ID_adaptive_max_pool2d_backward, th(grad_output, "grad_output"), th(self, "self"), th(indices, "indices"))); } catch (e) { throw fail(e, ["*grad_output","*self","*indices"], [grad_output, self, indices]); }
}

let ID_adaptive_max_pool3d = -1;
/** `aten::adaptive_max_pool3d(Tensor self, int[3] output_size) -> (Tensor, Tensor)` */
export function adaptive_max_pool3d(self: Tensor, output_size: number | number[]): [Tensor, Tensor] {
  if (ID_adaptive_max_pool3d < 0) ID_adaptive_max_pool3d = resolve("aten::adaptive_max_pool3d", "");
  let r: unknown[];
  try { r = op(ID_adaptive_max_pool3d, th(self, "self"), output_size) as unknown[]; } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_adaptive_max_pool3d_backward = -1;
/** `aten::adaptive_max_pool3d_backward(Tensor grad_output, Tensor self, Tensor indices) -> Tensor` */
export function adaptive_max_pool3d_backward(grad_output: Tensor, self: Tensor, indices: Tensor): Tensor {
  if (ID_adaptive_max_pool3d_backward < 0) ID_adaptive_max_pool3d_backward = resolve("aten::adaptive_max_pool3d_backward", "");
  try { return wrap(op(ID_adaptive_max_pool3d_backward, th(grad_output, "grad_output"), th(self, "self"), th(indices, "indices"))); } catch (e) { throw fail(e, ["*grad_output","*self","*indices"], [grad_output, self, indices]); }
}

let ID_add_Scalar = -1;
/** `aten::add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor` */
export function add_Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_add_Scalar < 0) ID_add_Scalar = resolve("aten::add", "Scalar");
  try { return wrap(op(ID_add_Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_add_Tensor = -1;
/** `aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` */
export function add_Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_add_Tensor < 0) ID_add_Tensor = resolve("aten::add", "Tensor");
  try { return wrap(op(ID_add_Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_add__Scalar = -1;
/** `aten::add_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)` */
export function add__Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_add__Scalar < 0) ID_add__Scalar = resolve("aten::add_", "Scalar");
  try { return wrap(op(ID_add__Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_add__Tensor = -1;
/** `aten::add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)` */
export function add__Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_add__Tensor < 0) ID_add__Tensor = resolve("aten::add_", "Tensor");
  try { return wrap(op(ID_add__Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_addbmm = -1;
/** `aten::addbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function addbmm(self: Tensor, batch1: Tensor, batch2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addbmm < 0) ID_addbmm = resolve("aten::addbmm", "");
  try { return wrap(op(ID_addbmm, th(self, "self"), th(batch1, "batch1"), th(batch2, "batch2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*batch1","*batch2","beta","alpha"], [self, batch1, batch2, beta, alpha]); }
}

let ID_addbmm_ = -1;
/** `aten::addbmm_(Tensor(a!) self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)` */
export function addbmm_(self: Tensor, batch1: Tensor, batch2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addbmm_ < 0) ID_addbmm_ = resolve("aten::addbmm_", "");
  try { return wrap(op(ID_addbmm_, th(self, "self"), th(batch1, "batch1"), th(batch2, "batch2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*batch1","*batch2","beta","alpha"], [self, batch1, batch2, beta, alpha]); }
}

let ID_addcdiv = -1;
/** `aten::addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor` */
export function addcdiv(self: Tensor, tensor1: Tensor, tensor2: Tensor, value?: Scalar): Tensor {
  if (ID_addcdiv < 0) ID_addcdiv = resolve("aten::addcdiv", "");
  try { return wrap(op(ID_addcdiv, th(self, "self"), th(tensor1, "tensor1"), th(tensor2, "tensor2"), value)); } catch (e) { throw fail(e, ["*self","*tensor1","*tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID_addcdiv_ = -1;
/** `aten::addcdiv_(Tensor(a!) self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor(a!)` */
export function addcdiv_(self: Tensor, tensor1: Tensor, tensor2: Tensor, value?: Scalar): Tensor {
  if (ID_addcdiv_ < 0) ID_addcdiv_ = resolve("aten::addcdiv_", "");
  try { return wrap(op(ID_addcdiv_, th(self, "self"), th(tensor1, "tensor1"), th(tensor2, "tensor2"), value)); } catch (e) { throw fail(e, ["*self","*tensor1","*tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID_addcmul = -1;
/** `aten::addcmul(Tensor self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor` */
export function addcmul(self: Tensor, tensor1: Tensor, tensor2: Tensor, value?: Scalar): Tensor {
  if (ID_addcmul < 0) ID_addcmul = resolve("aten::addcmul", "");
  try { return wrap(op(ID_addcmul, th(self, "self"), th(tensor1, "tensor1"), th(tensor2, "tensor2"), value)); } catch (e) { throw fail(e, ["*self","*tensor1","*tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID_addcmul_ = -1;
/** `aten::addcmul_(Tensor(a!) self, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor(a!)` */
export function addcmul_(self: Tensor, tensor1: Tensor, tensor2: Tensor, value?: Scalar): Tensor {
  if (ID_addcmul_ < 0) ID_addcmul_ = resolve("aten::addcmul_", "");
  try { return wrap(op(ID_addcmul_, th(self, "self"), th(tensor1, "tensor1"), th(tensor2, "tensor2"), value)); } catch (e) { throw fail(e, ["*self","*tensor1","*tensor2","value"], [self, tensor1, tensor2, value]); }
}

let ID_addmm = -1;
/** `aten::addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function addmm(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addmm < 0) ID_addmm = resolve("aten::addmm", "");
  try { return wrap(op(ID_addmm, th(self, "self"), th(mat1, "mat1"), th(mat2, "mat2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat1","*mat2","beta","alpha"], [self, mat1, mat2, beta, alpha]); }
}

let ID_addmm_ = -1;
/** `aten::addmm_(Tensor(a!) self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)` */
export function addmm_(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addmm_ < 0) ID_addmm_ = resolve("aten::addmm_", "");
  try { return wrap(op(ID_addmm_, th(self, "self"), th(mat1, "mat1"), th(mat2, "mat2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat1","*mat2","beta","alpha"], [self, mat1, mat2, beta, alpha]); }
}

let ID_addmv = -1;
/** `aten::addmv(Tensor self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function addmv(self: Tensor, mat: Tensor, vec: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addmv < 0) ID_addmv = resolve("aten::addmv", "");
  try { return wrap(op(ID_addmv, th(self, "self"), th(mat, "mat"), th(vec, "vec"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat","*vec","beta","alpha"], [self, mat, vec, beta, alpha]); }
}

let ID_addmv_ = -1;
/** `aten::addmv_(Tensor(a!) self, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)` */
export function addmv_(self: Tensor, mat: Tensor, vec: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addmv_ < 0) ID_addmv_ = resolve("aten::addmv_", "");
  try { return wrap(op(ID_addmv_, th(self, "self"), th(mat, "mat"), th(vec, "vec"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat","*vec","beta","alpha"], [self, mat, vec, beta, alpha]); }
}

let ID_addr = -1;
/** `aten::addr(Tensor self, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function addr(self: Tensor, vec1: Tensor, vec2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addr < 0) ID_addr = resolve("aten::addr", "");
  try { return wrap(op(ID_addr, th(self, "self"), th(vec1, "vec1"), th(vec2, "vec2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*vec1","*vec2","beta","alpha"], [self, vec1, vec2, beta, alpha]); }
}

let ID_addr_ = -1;
/** `aten::addr_(Tensor(a!) self, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)` */
export function addr_(self: Tensor, vec1: Tensor, vec2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_addr_ < 0) ID_addr_ = resolve("aten::addr_", "");
  try { return wrap(op(ID_addr_, th(self, "self"), th(vec1, "vec1"), th(vec2, "vec2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*vec1","*vec2","beta","alpha"], [self, vec1, vec2, beta, alpha]); }
}

let ID_adjoint = -1;
/** `aten::adjoint(Tensor(a) self) -> Tensor(a)` */
export function adjoint(self: Tensor): Tensor {
  if (ID_adjoint < 0) ID_adjoint = resolve("aten::adjoint", "");
  try { return wrap(op(ID_adjoint, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_affine_grid_generator = -1;
/** `aten::affine_grid_generator(Tensor theta, int[] size, bool align_corners) -> Tensor` */
export function affine_grid_generator(theta: Tensor, size: number | number[], align_corners: boolean): Tensor {
  if (ID_affine_grid_generator < 0) ID_affine_grid_generator = resolve("aten::affine_grid_generator", "");
  try { return wrap(op(ID_affine_grid_generator, th(theta, "theta"), size, align_corners)); } catch (e) { throw fail(e, ["*theta","size","align_corners"], [theta, size, align_corners]); }
}

let ID_affine_grid_generator_backward = -1;
/** `aten::affine_grid_generator_backward(Tensor grad, int[] size, bool align_corners) -> Tensor` */
export function affine_grid_generator_backward(grad: Tensor, size: number | number[], align_corners: boolean): Tensor {
  if (ID_affine_grid_generator_backward < 0) ID_affine_grid_generator_backward = resolve("aten::affine_grid_generator_backward", "");
  try { return wrap(op(ID_affine_grid_generator_backward, th(grad, "grad"), size, align_corners)); } catch (e) { throw fail(e, ["*grad","size","align_corners"], [grad, size, align_corners]); }
}

let ID_alias = -1;
/** `aten::alias(Tensor(a) self) -> Tensor(a)` */
export function alias(self: Tensor): Tensor {
  if (ID_alias < 0) ID_alias = resolve("aten::alias", "");
  try { return wrap(op(ID_alias, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_alias_copy = -1;
/** `aten::alias_copy(Tensor self) -> Tensor` */
export function alias_copy(self: Tensor): Tensor {
  if (ID_alias_copy < 0) ID_alias_copy = resolve("aten::alias_copy", "");
  try { return wrap(op(ID_alias_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_align_as = -1;
/** `aten::align_as(Tensor self, Tensor other) -> Tensor` */
export function align_as(self: Tensor, other: Tensor): Tensor {
  if (ID_align_as < 0) ID_align_as = resolve("aten::align_as", "");
  try { return wrap(op(ID_align_as, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_align_tensors = -1;
/** `aten::align_tensors(Tensor[] tensors) -> Tensor[]` */
export function align_tensors(tensors: Tensor[]): Tensor[] {
  if (ID_align_tensors < 0) ID_align_tensors = resolve("aten::align_tensors", "");
  try { return wrapList(op(ID_align_tensors, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_all = -1;
/** `aten::all(Tensor self) -> Tensor` */
export function all(self: Tensor): Tensor {
  if (ID_all < 0) ID_all = resolve("aten::all", "");
  try { return wrap(op(ID_all, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_all_dim = -1;
/** `aten::all.dim(Tensor self, int dim, bool keepdim=False) -> Tensor` */
export function all_dim(self: Tensor, dim: number, keepdim?: boolean): Tensor {
  if (ID_all_dim < 0) ID_all_dim = resolve("aten::all", "dim");
  try { return wrap(op(ID_all_dim, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_all_dimname = -1;
/** `aten::all.dimname(Tensor self, str dim, bool keepdim=False) -> Tensor` */
export function all_dimname(self: Tensor, dim: string, keepdim?: boolean): Tensor {
  if (ID_all_dimname < 0) ID_all_dimname = resolve("aten::all", "dimname");
  try { return wrap(op(ID_all_dimname, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_allclose = -1;
/** `aten::allclose(Tensor self, Tensor other, float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False) -> bool` */
export function allclose(self: Tensor, other: Tensor, rtol?: number, atol?: number, equal_nan?: boolean): boolean {
  if (ID_allclose < 0) ID_allclose = resolve("aten::allclose", "");
  try { return op(ID_allclose, th(self, "self"), th(other, "other"), rtol, atol, equal_nan) as boolean; } catch (e) { throw fail(e, ["*self","*other","rtol","atol","equal_nan"], [self, other, rtol, atol, equal_nan]); }
}

let ID_alpha_dropout = -1;
/** `aten::alpha_dropout(Tensor input, float p, bool train) -> Tensor` */
export function alpha_dropout(input: Tensor, p: number, train: boolean): Tensor {
  if (ID_alpha_dropout < 0) ID_alpha_dropout = resolve("aten::alpha_dropout", "");
  try { return wrap(op(ID_alpha_dropout, th(input, "input"), p, train)); } catch (e) { throw fail(e, ["*input","p","train"], [input, p, train]); }
}

let ID_alpha_dropout_ = -1;
/** `aten::alpha_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)` */
export function alpha_dropout_(self: Tensor, p: number, train: boolean): Tensor {
  if (ID_alpha_dropout_ < 0) ID_alpha_dropout_ = resolve("aten::alpha_dropout_", "");
  try { return wrap(op(ID_alpha_dropout_, th(self, "self"), p, train)); } catch (e) { throw fail(e, ["*self","p","train"], [self, p, train]); }
}

let ID_amax = -1;
/** `aten::amax(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor` */
export function amax(self: Tensor, dim?: number | number[], keepdim?: boolean): Tensor {
  if (ID_amax < 0) ID_amax = resolve("aten::amax", "");
  try { return wrap(op(ID_amax, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_amin = -1;
/** `aten::amin(Tensor self, int[1] dim=[], bool keepdim=False) -> Tensor` */
export function amin(self: Tensor, dim?: number | number[], keepdim?: boolean): Tensor {
  if (ID_amin < 0) ID_amin = resolve("aten::amin", "");
  try { return wrap(op(ID_amin, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_aminmax = -1;
/** `aten::aminmax(Tensor self, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)` */
export function aminmax(self: Tensor, dim?: number | null, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_aminmax < 0) ID_aminmax = resolve("aten::aminmax", "");
  let r: unknown[];
  try { r = op(ID_aminmax, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_angle = -1;
/** `aten::angle(Tensor self) -> Tensor` */
export function angle(self: Tensor): Tensor {
  if (ID_angle < 0) ID_angle = resolve("aten::angle", "");
  try { return wrap(op(ID_angle, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_any = -1;
/** `aten::any(Tensor self) -> Tensor` */
export function any(self: Tensor): Tensor {
  if (ID_any < 0) ID_any = resolve("aten::any", "");
  try { return wrap(op(ID_any, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_any_dim = -1;
/** `aten::any.dim(Tensor self, int dim, bool keepdim=False) -> Tensor` */
export function any_dim(self: Tensor, dim: number, keepdim?: boolean): Tensor {
  if (ID_any_dim < 0) ID_any_dim = resolve("aten::any", "dim");
  try { return wrap(op(ID_any_dim, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_any_dimname = -1;
/** `aten::any.dimname(Tensor self, str dim, bool keepdim=False) -> Tensor` */
export function any_dimname(self: Tensor, dim: string, keepdim?: boolean): Tensor {
  if (ID_any_dimname < 0) ID_any_dimname = resolve("aten::any", "dimname");
  try { return wrap(op(ID_any_dimname, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_arange = -1;
/** `aten::arange(Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function arange(end: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_arange < 0) ID_arange = resolve("aten::arange", "");
  try { return wrap(op(ID_arange, end, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["end","dtype","layout","device","pin_memory"], [end, dtype, layout, device, pin_memory]); }
}

let ID_arange_start = -1;
/** `aten::arange.start(Scalar start, Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function arange_start(start: Scalar, end: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_arange_start < 0) ID_arange_start = resolve("aten::arange", "start");
  try { return wrap(op(ID_arange_start, start, end, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["start","end","dtype","layout","device","pin_memory"], [start, end, dtype, layout, device, pin_memory]); }
}

let ID_arange_start_step = -1;
/** `aten::arange.start_step(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function arange_start_step(start: Scalar, end: Scalar, step?: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_arange_start_step < 0) ID_arange_start_step = resolve("aten::arange", "start_step");
  try { return wrap(op(ID_arange_start_step, start, end, step, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["start","end","step","dtype","layout","device","pin_memory"], [start, end, step, dtype, layout, device, pin_memory]); }
}

let ID_arccos = -1;
/** `aten::arccos(Tensor self) -> Tensor` */
export function arccos(self: Tensor): Tensor {
  if (ID_arccos < 0) ID_arccos = resolve("aten::arccos", "");
  try { return wrap(op(ID_arccos, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arccos_ = -1;
/** `aten::arccos_(Tensor(a!) self) -> Tensor(a!)` */
export function arccos_(self: Tensor): Tensor {
  if (ID_arccos_ < 0) ID_arccos_ = resolve("aten::arccos_", "");
  try { return wrap(op(ID_arccos_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arccosh = -1;
/** `aten::arccosh(Tensor self) -> Tensor` */
export function arccosh(self: Tensor): Tensor {
  if (ID_arccosh < 0) ID_arccosh = resolve("aten::arccosh", "");
  try { return wrap(op(ID_arccosh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arccosh_ = -1;
/** `aten::arccosh_(Tensor(a!) self) -> Tensor(a!)` */
export function arccosh_(self: Tensor): Tensor {
  if (ID_arccosh_ < 0) ID_arccosh_ = resolve("aten::arccosh_", "");
  try { return wrap(op(ID_arccosh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arcsin = -1;
/** `aten::arcsin(Tensor self) -> Tensor` */
export function arcsin(self: Tensor): Tensor {
  if (ID_arcsin < 0) ID_arcsin = resolve("aten::arcsin", "");
  try { return wrap(op(ID_arcsin, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arcsin_ = -1;
/** `aten::arcsin_(Tensor(a!) self) -> Tensor(a!)` */
export function arcsin_(self: Tensor): Tensor {
  if (ID_arcsin_ < 0) ID_arcsin_ = resolve("aten::arcsin_", "");
  try { return wrap(op(ID_arcsin_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arcsinh = -1;
/** `aten::arcsinh(Tensor self) -> Tensor` */
export function arcsinh(self: Tensor): Tensor {
  if (ID_arcsinh < 0) ID_arcsinh = resolve("aten::arcsinh", "");
  try { return wrap(op(ID_arcsinh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arcsinh_ = -1;
/** `aten::arcsinh_(Tensor(a!) self) -> Tensor(a!)` */
export function arcsinh_(self: Tensor): Tensor {
  if (ID_arcsinh_ < 0) ID_arcsinh_ = resolve("aten::arcsinh_", "");
  try { return wrap(op(ID_arcsinh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arctan = -1;
/** `aten::arctan(Tensor self) -> Tensor` */
export function arctan(self: Tensor): Tensor {
  if (ID_arctan < 0) ID_arctan = resolve("aten::arctan", "");
  try { return wrap(op(ID_arctan, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arctan2 = -1;
/** `aten::arctan2(Tensor self, Tensor other) -> Tensor` */
export function arctan2(self: Tensor, other: Tensor): Tensor {
  if (ID_arctan2 < 0) ID_arctan2 = resolve("aten::arctan2", "");
  try { return wrap(op(ID_arctan2, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_arctan2_ = -1;
/** `aten::arctan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function arctan2_(self: Tensor, other: Tensor): Tensor {
  if (ID_arctan2_ < 0) ID_arctan2_ = resolve("aten::arctan2_", "");
  try { return wrap(op(ID_arctan2_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_arctan_ = -1;
/** `aten::arctan_(Tensor(a!) self) -> Tensor(a!)` */
export function arctan_(self: Tensor): Tensor {
  if (ID_arctan_ < 0) ID_arctan_ = resolve("aten::arctan_", "");
  try { return wrap(op(ID_arctan_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arctanh = -1;
/** `aten::arctanh(Tensor self) -> Tensor` */
export function arctanh(self: Tensor): Tensor {
  if (ID_arctanh < 0) ID_arctanh = resolve("aten::arctanh", "");
  try { return wrap(op(ID_arctanh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_arctanh_ = -1;
/** `aten::arctanh_(Tensor(a!) self) -> Tensor(a!)` */
export function arctanh_(self: Tensor): Tensor {
  if (ID_arctanh_ < 0) ID_arctanh_ = resolve("aten::arctanh_", "");
  try { return wrap(op(ID_arctanh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_argmax = -1;
/** `aten::argmax(Tensor self, int? dim=None, bool keepdim=False) -> Tensor` */
export function argmax(self: Tensor, dim?: number | null, keepdim?: boolean): Tensor {
  if (ID_argmax < 0) ID_argmax = resolve("aten::argmax", "");
  try { return wrap(op(ID_argmax, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_argmin = -1;
/** `aten::argmin(Tensor self, int? dim=None, bool keepdim=False) -> Tensor` */
export function argmin(self: Tensor, dim?: number | null, keepdim?: boolean): Tensor {
  if (ID_argmin < 0) ID_argmin = resolve("aten::argmin", "");
  try { return wrap(op(ID_argmin, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_argsort = -1;
/** `aten::argsort(Tensor self, int dim=-1, bool descending=False) -> Tensor` */
export function argsort(self: Tensor, dim?: number, descending?: boolean): Tensor {
  if (ID_argsort < 0) ID_argsort = resolve("aten::argsort", "");
  try { return wrap(op(ID_argsort, th(self, "self"), dim, descending)); } catch (e) { throw fail(e, ["*self","dim","descending"], [self, dim, descending]); }
}

let ID_argsort_dimname = -1;
/** `aten::argsort.dimname(Tensor self, str dim, bool descending=False) -> Tensor` */
export function argsort_dimname(self: Tensor, dim: string, descending?: boolean): Tensor {
  if (ID_argsort_dimname < 0) ID_argsort_dimname = resolve("aten::argsort", "dimname");
  try { return wrap(op(ID_argsort_dimname, th(self, "self"), dim, descending)); } catch (e) { throw fail(e, ["*self","dim","descending"], [self, dim, descending]); }
}

let ID_argsort_stable = -1;
/** `aten::argsort.stable(Tensor self, *, bool stable, int dim=-1, bool descending=False) -> Tensor` */
export function argsort_stable(self: Tensor, stable: boolean, dim?: number, descending?: boolean): Tensor {
  if (ID_argsort_stable < 0) ID_argsort_stable = resolve("aten::argsort", "stable");
  try { return wrap(op(ID_argsort_stable, th(self, "self"), stable, dim, descending)); } catch (e) { throw fail(e, ["*self","stable","dim","descending"], [self, stable, dim, descending]); }
}

let ID_argwhere = -1;
/** `aten::argwhere(Tensor self) -> Tensor` */
export function argwhere(self: Tensor): Tensor {
  if (ID_argwhere < 0) ID_argwhere = resolve("aten::argwhere", "");
  try { return wrap(op(ID_argwhere, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_as_strided = -1;
/** `aten::as_strided(Tensor(a) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a)` */
export function as_strided(self: Tensor, size: number | number[], stride: number | number[], storage_offset?: number | null): Tensor {
  if (ID_as_strided < 0) ID_as_strided = resolve("aten::as_strided", "");
  try { return wrap(op(ID_as_strided, th(self, "self"), size, stride, storage_offset)); } catch (e) { throw fail(e, ["*self","size","stride","storage_offset"], [self, size, stride, storage_offset]); }
}

let ID_as_strided_ = -1;
/** `aten::as_strided_(Tensor(a!) self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor(a!)` */
export function as_strided_(self: Tensor, size: number | number[], stride: number | number[], storage_offset?: number | null): Tensor {
  if (ID_as_strided_ < 0) ID_as_strided_ = resolve("aten::as_strided_", "");
  try { return wrap(op(ID_as_strided_, th(self, "self"), size, stride, storage_offset)); } catch (e) { throw fail(e, ["*self","size","stride","storage_offset"], [self, size, stride, storage_offset]); }
}

let ID_as_strided_copy = -1;
/** `aten::as_strided_copy(Tensor self, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor` */
export function as_strided_copy(self: Tensor, size: number | number[], stride: number | number[], storage_offset?: number | null): Tensor {
  if (ID_as_strided_copy < 0) ID_as_strided_copy = resolve("aten::as_strided_copy", "");
  try { return wrap(op(ID_as_strided_copy, th(self, "self"), size, stride, storage_offset)); } catch (e) { throw fail(e, ["*self","size","stride","storage_offset"], [self, size, stride, storage_offset]); }
}

let ID_as_strided_scatter = -1;
/** `aten::as_strided_scatter(Tensor self, Tensor src, SymInt[] size, SymInt[] stride, SymInt? storage_offset=None) -> Tensor` */
export function as_strided_scatter(self: Tensor, src: Tensor, size: number | number[], stride: number | number[], storage_offset?: number | null): Tensor {
  if (ID_as_strided_scatter < 0) ID_as_strided_scatter = resolve("aten::as_strided_scatter", "");
  try { return wrap(op(ID_as_strided_scatter, th(self, "self"), th(src, "src"), size, stride, storage_offset)); } catch (e) { throw fail(e, ["*self","*src","size","stride","storage_offset"], [self, src, size, stride, storage_offset]); }
}

let ID_asin = -1;
/** `aten::asin(Tensor self) -> Tensor` */
export function asin(self: Tensor): Tensor {
  if (ID_asin < 0) ID_asin = resolve("aten::asin", "");
  try { return wrap(op(ID_asin, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_asin_ = -1;
/** `aten::asin_(Tensor(a!) self) -> Tensor(a!)` */
export function asin_(self: Tensor): Tensor {
  if (ID_asin_ < 0) ID_asin_ = resolve("aten::asin_", "");
  try { return wrap(op(ID_asin_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_asinh = -1;
/** `aten::asinh(Tensor self) -> Tensor` */
export function asinh(self: Tensor): Tensor {
  if (ID_asinh < 0) ID_asinh = resolve("aten::asinh", "");
  try { return wrap(op(ID_asinh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_asinh_ = -1;
/** `aten::asinh_(Tensor(a!) self) -> Tensor(a!)` */
export function asinh_(self: Tensor): Tensor {
  if (ID_asinh_ < 0) ID_asinh_ = resolve("aten::asinh_", "");
  try { return wrap(op(ID_asinh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atan = -1;
/** `aten::atan(Tensor self) -> Tensor` */
export function atan(self: Tensor): Tensor {
  if (ID_atan < 0) ID_atan = resolve("aten::atan", "");
  try { return wrap(op(ID_atan, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atan2 = -1;
/** `aten::atan2(Tensor self, Tensor other) -> Tensor` */
export function atan2(self: Tensor, other: Tensor): Tensor {
  if (ID_atan2 < 0) ID_atan2 = resolve("aten::atan2", "");
  try { return wrap(op(ID_atan2, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_atan2_ = -1;
/** `aten::atan2_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function atan2_(self: Tensor, other: Tensor): Tensor {
  if (ID_atan2_ < 0) ID_atan2_ = resolve("aten::atan2_", "");
  try { return wrap(op(ID_atan2_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_atan_ = -1;
/** `aten::atan_(Tensor(a!) self) -> Tensor(a!)` */
export function atan_(self: Tensor): Tensor {
  if (ID_atan_ < 0) ID_atan_ = resolve("aten::atan_", "");
  try { return wrap(op(ID_atan_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atanh = -1;
/** `aten::atanh(Tensor self) -> Tensor` */
export function atanh(self: Tensor): Tensor {
  if (ID_atanh < 0) ID_atanh = resolve("aten::atanh", "");
  try { return wrap(op(ID_atanh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atanh_ = -1;
/** `aten::atanh_(Tensor(a!) self) -> Tensor(a!)` */
export function atanh_(self: Tensor): Tensor {
  if (ID_atanh_ < 0) ID_atanh_ = resolve("aten::atanh_", "");
  try { return wrap(op(ID_atanh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atleast_1d = -1;
/** `aten::atleast_1d(Tensor self) -> Tensor` */
export function atleast_1d(self: Tensor): Tensor {
  if (ID_atleast_1d < 0) ID_atleast_1d = resolve("aten::atleast_1d", "");
  try { return wrap(op(ID_atleast_1d, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atleast_1d_Sequence = -1;
/** `aten::atleast_1d.Sequence(Tensor[] tensors) -> Tensor[]` */
export function atleast_1d_Sequence(tensors: Tensor[]): Tensor[] {
  if (ID_atleast_1d_Sequence < 0) ID_atleast_1d_Sequence = resolve("aten::atleast_1d", "Sequence");
  try { return wrapList(op(ID_atleast_1d_Sequence, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_atleast_2d = -1;
/** `aten::atleast_2d(Tensor self) -> Tensor` */
export function atleast_2d(self: Tensor): Tensor {
  if (ID_atleast_2d < 0) ID_atleast_2d = resolve("aten::atleast_2d", "");
  try { return wrap(op(ID_atleast_2d, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atleast_2d_Sequence = -1;
/** `aten::atleast_2d.Sequence(Tensor[] tensors) -> Tensor[]` */
export function atleast_2d_Sequence(tensors: Tensor[]): Tensor[] {
  if (ID_atleast_2d_Sequence < 0) ID_atleast_2d_Sequence = resolve("aten::atleast_2d", "Sequence");
  try { return wrapList(op(ID_atleast_2d_Sequence, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_atleast_3d = -1;
/** `aten::atleast_3d(Tensor self) -> Tensor` */
export function atleast_3d(self: Tensor): Tensor {
  if (ID_atleast_3d < 0) ID_atleast_3d = resolve("aten::atleast_3d", "");
  try { return wrap(op(ID_atleast_3d, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_atleast_3d_Sequence = -1;
/** `aten::atleast_3d.Sequence(Tensor[] tensors) -> Tensor[]` */
export function atleast_3d_Sequence(tensors: Tensor[]): Tensor[] {
  if (ID_atleast_3d_Sequence < 0) ID_atleast_3d_Sequence = resolve("aten::atleast_3d", "Sequence");
  try { return wrapList(op(ID_atleast_3d_Sequence, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_avg_pool1d = -1;
/** `aten::avg_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], bool ceil_mode=False, bool count_include_pad=True) -> Tensor` */
export function avg_pool1d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], ceil_mode?: boolean, count_include_pad?: boolean): Tensor {
  if (ID_avg_pool1d < 0) ID_avg_pool1d = resolve("aten::avg_pool1d", "");
  try { return wrap(op(ID_avg_pool1d, th(self, "self"), kernel_size, stride, padding, ceil_mode, count_include_pad)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","ceil_mode","count_include_pad"], [self, kernel_size, stride, padding, ceil_mode, count_include_pad]); }
}

let ID_avg_pool2d = -1;
/** `aten::avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor` */
export function avg_pool2d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], ceil_mode?: boolean, count_include_pad?: boolean, divisor_override?: number | null): Tensor {
  if (ID_avg_pool2d < 0) ID_avg_pool2d = resolve("aten::avg_pool2d", "");
  try { return wrap(op(ID_avg_pool2d, th(self, "self"), kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","ceil_mode","count_include_pad","divisor_override"], [self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override]); }
}

let ID_avg_pool2d_backward = -1;
/** `aten::avg_pool2d_backward(Tensor grad_output, Tensor self, int[2] kernel_size, int[2] stride, int[2] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor` */
export function avg_pool2d_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], stride: number | number[], padding: number | number[], ceil_mode: boolean, count_include_pad: boolean, divisor_override?: number | null): Tensor {
  if (ID_avg_pool2d_backward < 0) ID_avg_pool2d_backward = resolve("aten::avg_pool2d_backward", "");
  try { return wrap(op(ID_avg_pool2d_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","stride","padding","ceil_mode","count_include_pad","divisor_override"], [grad_output, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override]); }
}

let ID_avg_pool3d = -1;
/** `aten::avg_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor` */
export function avg_pool3d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], ceil_mode?: boolean, count_include_pad?: boolean, divisor_override?: number | null): Tensor {
  if (ID_avg_pool3d < 0) ID_avg_pool3d = resolve("aten::avg_pool3d", "");
  try { return wrap(op(ID_avg_pool3d, th(self, "self"), kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","ceil_mode","count_include_pad","divisor_override"], [self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override]); }
}

let ID_avg_pool3d_backward = -1;
/** `aten::avg_pool3d_backward(Tensor grad_output, Tensor self, int[3] kernel_size, int[3] stride, int[3] padding, bool ceil_mode, bool count_include_pad, int? divisor_override) -> Tensor` */
export function avg_pool3d_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], stride: number | number[], padding: number | number[], ceil_mode: boolean, count_include_pad: boolean, divisor_override?: number | null): Tensor {
  if (ID_avg_pool3d_backward < 0) ID_avg_pool3d_backward = resolve("aten::avg_pool3d_backward", "");
  try { return wrap(op(ID_avg_pool3d_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","stride","padding","ceil_mode","count_include_pad","divisor_override"], [grad_output, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override]); }
}

let ID_baddbmm = -1;
/** `aten::baddbmm(Tensor self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function baddbmm(self: Tensor, batch1: Tensor, batch2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_baddbmm < 0) ID_baddbmm = resolve("aten::baddbmm", "");
  try { return wrap(op(ID_baddbmm, th(self, "self"), th(batch1, "batch1"), th(batch2, "batch2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*batch1","*batch2","beta","alpha"], [self, batch1, batch2, beta, alpha]); }
}

let ID_baddbmm_ = -1;
/** `aten::baddbmm_(Tensor(a!) self, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor(a!)` */
export function baddbmm_(self: Tensor, batch1: Tensor, batch2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_baddbmm_ < 0) ID_baddbmm_ = resolve("aten::baddbmm_", "");
  try { return wrap(op(ID_baddbmm_, th(self, "self"), th(batch1, "batch1"), th(batch2, "batch2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*batch1","*batch2","beta","alpha"], [self, batch1, batch2, beta, alpha]); }
}

let ID_bartlett_window = -1;
/** `aten::bartlett_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function bartlett_window(window_length: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_bartlett_window < 0) ID_bartlett_window = resolve("aten::bartlett_window", "");
  try { return wrap(op(ID_bartlett_window, window_length, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","dtype","layout","device","pin_memory"], [window_length, dtype, layout, device, pin_memory]); }
}

let ID_bartlett_window_periodic = -1;
/** `aten::bartlett_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function bartlett_window_periodic(window_length: number, periodic: boolean, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_bartlett_window_periodic < 0) ID_bartlett_window_periodic = resolve("aten::bartlett_window", "periodic");
  try { return wrap(op(ID_bartlett_window_periodic, window_length, periodic, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","dtype","layout","device","pin_memory"], [window_length, periodic, dtype, layout, device, pin_memory]); }
}

let ID_batch_norm = -1;
/** `aten::batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps, bool cudnn_enabled) -> Tensor` */
export function batch_norm(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, training: boolean, momentum: number, eps: number, cudnn_enabled: boolean): Tensor {
  if (ID_batch_norm < 0) ID_batch_norm = resolve("aten::batch_norm", "");
  try { return wrap(op(ID_batch_norm, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), training, momentum, eps, cudnn_enabled)); } catch (e) { throw fail(e, ["*input","*weight","*bias","*running_mean","*running_var","training","momentum","eps","cudnn_enabled"], [input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled]); }
}

let ID_batch_norm_backward_elemt = -1;
/** `aten::batch_norm_backward_elemt(Tensor grad_out, Tensor input, Tensor mean, Tensor invstd, Tensor? weight, Tensor mean_dy, Tensor mean_dy_xmu, Tensor count) -> Tensor` */
export function batch_norm_backward_elemt(grad_out: Tensor, input: Tensor, mean: Tensor, invstd: Tensor, weight: Tensor | null | undefined, mean_dy: Tensor, mean_dy_xmu: Tensor, count: Tensor): Tensor {
  if (ID_batch_norm_backward_elemt < 0) ID_batch_norm_backward_elemt = resolve("aten::batch_norm_backward_elemt", "");
  try { return wrap(op(ID_batch_norm_backward_elemt, th(grad_out, "grad_out"), th(input, "input"), th(mean, "mean"), th(invstd, "invstd"), oth(weight, "weight"), th(mean_dy, "mean_dy"), th(mean_dy_xmu, "mean_dy_xmu"), th(count, "count"))); } catch (e) { throw fail(e, ["*grad_out","*input","*mean","*invstd","*weight","*mean_dy","*mean_dy_xmu","*count"], [grad_out, input, mean, invstd, weight, mean_dy, mean_dy_xmu, count]); }
}

let ID_batch_norm_backward_reduce = -1;
/** `aten::batch_norm_backward_reduce(Tensor grad_out, Tensor input, Tensor mean, Tensor invstd, Tensor? weight, bool input_g, bool weight_g, bool bias_g) -> (Tensor, Tensor, Tensor, Tensor)` */
export function batch_norm_backward_reduce(grad_out: Tensor, input: Tensor, mean: Tensor, invstd: Tensor, weight: Tensor | null | undefined, input_g: boolean, weight_g: boolean, bias_g: boolean): [Tensor, Tensor, Tensor, Tensor] {
  if (ID_batch_norm_backward_reduce < 0) ID_batch_norm_backward_reduce = resolve("aten::batch_norm_backward_reduce", "");
  let r: unknown[];
  try { r = op(ID_batch_norm_backward_reduce, th(grad_out, "grad_out"), th(input, "input"), th(mean, "mean"), th(invstd, "invstd"), oth(weight, "weight"), input_g, weight_g, bias_g) as unknown[]; } catch (e) { throw fail(e, ["*grad_out","*input","*mean","*invstd","*weight","input_g","weight_g","bias_g"], [grad_out, input, mean, invstd, weight, input_g, weight_g, bias_g]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID_batch_norm_elemt = -1;
/** `aten::batch_norm_elemt(Tensor input, Tensor? weight, Tensor? bias, Tensor mean, Tensor invstd, float eps) -> Tensor` */
export function batch_norm_elemt(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, mean: Tensor, invstd: Tensor, eps: number): Tensor {
  if (ID_batch_norm_elemt < 0) ID_batch_norm_elemt = resolve("aten::batch_norm_elemt", "");
  try { return wrap(op(ID_batch_norm_elemt, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), th(mean, "mean"), th(invstd, "invstd"), eps)); } catch (e) { throw fail(e, ["*input","*weight","*bias","*mean","*invstd","eps"], [input, weight, bias, mean, invstd, eps]); }
}

let ID_batch_norm_gather_stats = -1;
/** `aten::batch_norm_gather_stats(Tensor input, Tensor mean, Tensor invstd, Tensor? running_mean, Tensor? running_var, float momentum, float eps, int count) -> (Tensor, Tensor)` */
export function batch_norm_gather_stats(input: Tensor, mean: Tensor, invstd: Tensor, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, momentum: number, eps: number, count: number): [Tensor, Tensor] {
  if (ID_batch_norm_gather_stats < 0) ID_batch_norm_gather_stats = resolve("aten::batch_norm_gather_stats", "");
  let r: unknown[];
  try { r = op(ID_batch_norm_gather_stats, th(input, "input"), th(mean, "mean"), th(invstd, "invstd"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), momentum, eps, count) as unknown[]; } catch (e) { throw fail(e, ["*input","*mean","*invstd","*running_mean","*running_var","momentum","eps","count"], [input, mean, invstd, running_mean, running_var, momentum, eps, count]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_batch_norm_gather_stats_with_counts = -1;
/** `aten::batch_norm_gather_stats_with_counts(Tensor input, Tensor mean, Tensor invstd, Tensor? running_mean, Tensor? running_var, float momentum, float eps, Tensor counts) -> (Tensor, Tensor)` */
export function batch_norm_gather_stats_with_counts(input: Tensor, mean: Tensor, invstd: Tensor, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, momentum: number, eps: number, counts: Tensor): [Tensor, Tensor] {
  if (ID_batch_norm_gather_stats_with_counts < 0) ID_batch_norm_gather_stats_with_counts = resolve("aten::batch_norm_gather_stats_with_counts", "");
  let r: unknown[];
  try { r = op(ID_batch_norm_gather_stats_with_counts, th(input, "input"), th(mean, "mean"), th(invstd, "invstd"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), momentum, eps, th(counts, "counts")) as unknown[]; } catch (e) { throw fail(e, ["*input","*mean","*invstd","*running_mean","*running_var","momentum","eps","*counts"], [input, mean, invstd, running_mean, running_var, momentum, eps, counts]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_batch_norm_stats = -1;
/** `aten::batch_norm_stats(Tensor input, float eps) -> (Tensor, Tensor)` */
export function batch_norm_stats(input: Tensor, eps: number): [Tensor, Tensor] {
  if (ID_batch_norm_stats < 0) ID_batch_norm_stats = resolve("aten::batch_norm_stats", "");
  let r: unknown[];
  try { r = op(ID_batch_norm_stats, th(input, "input"), eps) as unknown[]; } catch (e) { throw fail(e, ["*input","eps"], [input, eps]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_batch_norm_update_stats = -1;
/** `aten::batch_norm_update_stats(Tensor input, Tensor? running_mean, Tensor? running_var, float momentum) -> (Tensor, Tensor)` */
export function batch_norm_update_stats(input: Tensor, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, momentum: number): [Tensor, Tensor] {
  if (ID_batch_norm_update_stats < 0) ID_batch_norm_update_stats = resolve("aten::batch_norm_update_stats", "");
  let r: unknown[];
  try { r = op(ID_batch_norm_update_stats, th(input, "input"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), momentum) as unknown[]; } catch (e) { throw fail(e, ["*input","*running_mean","*running_var","momentum"], [input, running_mean, running_var, momentum]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_bernoulli = -1;
/** `aten::bernoulli(Tensor self, *, Generator? generator=None) -> Tensor` */
export function bernoulli(self: Tensor): Tensor {
  if (ID_bernoulli < 0) ID_bernoulli = resolve("aten::bernoulli", "");
  try { return wrap(op(ID_bernoulli, th(self, "self"), undefined)); } catch (e) { throw fail(e, ["*self","generator"], [self, undefined]); }
}

let ID_bernoulli_Tensor = -1;
/** `aten::bernoulli.Tensor(Tensor self, Tensor p, *, Generator? generator=None) -> Tensor` */
export function bernoulli_Tensor(self: Tensor, p: Tensor): Tensor {
  if (ID_bernoulli_Tensor < 0) ID_bernoulli_Tensor = resolve("aten::bernoulli", "Tensor");
  try { return wrap(op(ID_bernoulli_Tensor, th(self, "self"), th(p, "p"), undefined)); } catch (e) { throw fail(e, ["*self","*p","generator"], [self, p, undefined]); }
}

let ID_bernoulli_p = -1;
/** `aten::bernoulli.p(Tensor self, float p, *, Generator? generator=None) -> Tensor` */
export function bernoulli_p(self: Tensor, p: number): Tensor {
  if (ID_bernoulli_p < 0) ID_bernoulli_p = resolve("aten::bernoulli", "p");
  try { return wrap(op(ID_bernoulli_p, th(self, "self"), p, undefined)); } catch (e) { throw fail(e, ["*self","p","generator"], [self, p, undefined]); }
}

let ID_bernoulli__Tensor = -1;
/** `aten::bernoulli_.Tensor(Tensor(a!) self, Tensor p, *, Generator? generator=None) -> Tensor(a!)` */
export function bernoulli__Tensor(self: Tensor, p: Tensor): Tensor {
  if (ID_bernoulli__Tensor < 0) ID_bernoulli__Tensor = resolve("aten::bernoulli_", "Tensor");
  try { return wrap(op(ID_bernoulli__Tensor, th(self, "self"), th(p, "p"), undefined)); } catch (e) { throw fail(e, ["*self","*p","generator"], [self, p, undefined]); }
}

let ID_bernoulli__float = -1;
/** `aten::bernoulli_.float(Tensor(a!) self, float p=0.5, *, Generator? generator=None) -> Tensor(a!)` */
export function bernoulli__float(self: Tensor, p?: number): Tensor {
  if (ID_bernoulli__float < 0) ID_bernoulli__float = resolve("aten::bernoulli_", "float");
  try { return wrap(op(ID_bernoulli__float, th(self, "self"), p, undefined)); } catch (e) { throw fail(e, ["*self","p","generator"], [self, p, undefined]); }
}

let ID_bilinear = -1;
/** `aten::bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias=None) -> Tensor` */
export function bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias?: Tensor | null): Tensor {
  if (ID_bilinear < 0) ID_bilinear = resolve("aten::bilinear", "");
  try { return wrap(op(ID_bilinear, th(input1, "input1"), th(input2, "input2"), th(weight, "weight"), oth(bias, "bias"))); } catch (e) { throw fail(e, ["*input1","*input2","*weight","*bias"], [input1, input2, weight, bias]); }
}

let ID_binary_cross_entropy = -1;
/** `aten::binary_cross_entropy(Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor` */
export function binary_cross_entropy(self: Tensor, target: Tensor, weight?: Tensor | null, reduction?: number): Tensor {
  if (ID_binary_cross_entropy < 0) ID_binary_cross_entropy = resolve("aten::binary_cross_entropy", "");
  try { return wrap(op(ID_binary_cross_entropy, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction)); } catch (e) { throw fail(e, ["*self","*target","*weight","reduction"], [self, target, weight, reduction]); }
}

let ID_binary_cross_entropy_backward = -1;
/** `aten::binary_cross_entropy_backward(Tensor grad_output, Tensor self, Tensor target, Tensor? weight=None, int reduction=1) -> Tensor` */
export function binary_cross_entropy_backward(grad_output: Tensor, self: Tensor, target: Tensor, weight?: Tensor | null, reduction?: number): Tensor {
  if (ID_binary_cross_entropy_backward < 0) ID_binary_cross_entropy_backward = resolve("aten::binary_cross_entropy_backward", "");
  try { return wrap(op(ID_binary_cross_entropy_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction)); } catch (e) { throw fail(e, ["*grad_output","*self","*target","*weight","reduction"], [grad_output, self, target, weight, reduction]); }
}

let ID_binary_cross_entropy_with_logits = -1;
/** `aten::binary_cross_entropy_with_logits(Tensor self, Tensor target, Tensor? weight=None, Tensor? pos_weight=None, int reduction=1) -> Tensor` */
export function binary_cross_entropy_with_logits(self: Tensor, target: Tensor, weight?: Tensor | null, pos_weight?: Tensor | null, reduction?: number): Tensor {
  if (ID_binary_cross_entropy_with_logits < 0) ID_binary_cross_entropy_with_logits = resolve("aten::binary_cross_entropy_with_logits", "");
  try { return wrap(op(ID_binary_cross_entropy_with_logits, th(self, "self"), th(target, "target"), oth(weight, "weight"), oth(pos_weight, "pos_weight"), reduction)); } catch (e) { throw fail(e, ["*self","*target","*weight","*pos_weight","reduction"], [self, target, weight, pos_weight, reduction]); }
}

let ID_bincount = -1;
/** `aten::bincount(Tensor self, Tensor? weights=None, int minlength=0) -> Tensor` */
export function bincount(self: Tensor, weights?: Tensor | null, minlength?: number): Tensor {
  if (ID_bincount < 0) ID_bincount = resolve("aten::bincount", "");
  try { return wrap(op(ID_bincount, th(self, "self"), oth(weights, "weights"), minlength)); } catch (e) { throw fail(e, ["*self","*weights","minlength"], [self, weights, minlength]); }
}

let ID_binomial = -1;
/** `aten::binomial(Tensor count, Tensor prob, Generator? generator=None) -> Tensor` */
export function binomial(count: Tensor, prob: Tensor): Tensor {
  if (ID_binomial < 0) ID_binomial = resolve("aten::binomial", "");
  try { return wrap(op(ID_binomial, th(count, "count"), th(prob, "prob"), undefined)); } catch (e) { throw fail(e, ["*count","*prob","generator"], [count, prob, undefined]); }
}

let ID_bitwise_and_Scalar = -1;
/** `aten::bitwise_and.Scalar(Tensor self, Scalar other) -> Tensor` */
export function bitwise_and_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_and_Scalar < 0) ID_bitwise_and_Scalar = resolve("aten::bitwise_and", "Scalar");
  try { return wrap(op(ID_bitwise_and_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_and_Scalar_Tensor = -1;
/** `aten::bitwise_and.Scalar_Tensor(Scalar self, Tensor other) -> Tensor` */
export function bitwise_and_Scalar_Tensor(self: Scalar, other: Tensor): Tensor {
  if (ID_bitwise_and_Scalar_Tensor < 0) ID_bitwise_and_Scalar_Tensor = resolve("aten::bitwise_and", "Scalar_Tensor");
  try { return wrap(op(ID_bitwise_and_Scalar_Tensor, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_bitwise_and_Tensor = -1;
/** `aten::bitwise_and.Tensor(Tensor self, Tensor other) -> Tensor` */
export function bitwise_and_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_and_Tensor < 0) ID_bitwise_and_Tensor = resolve("aten::bitwise_and", "Tensor");
  try { return wrap(op(ID_bitwise_and_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_and__Scalar = -1;
/** `aten::bitwise_and_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function bitwise_and__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_and__Scalar < 0) ID_bitwise_and__Scalar = resolve("aten::bitwise_and_", "Scalar");
  try { return wrap(op(ID_bitwise_and__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_and__Tensor = -1;
/** `aten::bitwise_and_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function bitwise_and__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_and__Tensor < 0) ID_bitwise_and__Tensor = resolve("aten::bitwise_and_", "Tensor");
  try { return wrap(op(ID_bitwise_and__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_left_shift_Scalar_Tensor = -1;
/** `aten::bitwise_left_shift.Scalar_Tensor(Scalar self, Tensor other) -> Tensor` */
export function bitwise_left_shift_Scalar_Tensor(self: Scalar, other: Tensor): Tensor {
  if (ID_bitwise_left_shift_Scalar_Tensor < 0) ID_bitwise_left_shift_Scalar_Tensor = resolve("aten::bitwise_left_shift", "Scalar_Tensor");
  try { return wrap(op(ID_bitwise_left_shift_Scalar_Tensor, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_bitwise_left_shift_Tensor = -1;
/** `aten::bitwise_left_shift.Tensor(Tensor self, Tensor other) -> Tensor` */
export function bitwise_left_shift_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_left_shift_Tensor < 0) ID_bitwise_left_shift_Tensor = resolve("aten::bitwise_left_shift", "Tensor");
  try { return wrap(op(ID_bitwise_left_shift_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_left_shift_Tensor_Scalar = -1;
/** `aten::bitwise_left_shift.Tensor_Scalar(Tensor self, Scalar other) -> Tensor` */
export function bitwise_left_shift_Tensor_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_left_shift_Tensor_Scalar < 0) ID_bitwise_left_shift_Tensor_Scalar = resolve("aten::bitwise_left_shift", "Tensor_Scalar");
  try { return wrap(op(ID_bitwise_left_shift_Tensor_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_left_shift__Tensor = -1;
/** `aten::bitwise_left_shift_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function bitwise_left_shift__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_left_shift__Tensor < 0) ID_bitwise_left_shift__Tensor = resolve("aten::bitwise_left_shift_", "Tensor");
  try { return wrap(op(ID_bitwise_left_shift__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_left_shift__Tensor_Scalar = -1;
/** `aten::bitwise_left_shift_.Tensor_Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function bitwise_left_shift__Tensor_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_left_shift__Tensor_Scalar < 0) ID_bitwise_left_shift__Tensor_Scalar = resolve("aten::bitwise_left_shift_", "Tensor_Scalar");
  try { return wrap(op(ID_bitwise_left_shift__Tensor_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_not = -1;
/** `aten::bitwise_not(Tensor self) -> Tensor` */
export function bitwise_not(self: Tensor): Tensor {
  if (ID_bitwise_not < 0) ID_bitwise_not = resolve("aten::bitwise_not", "");
  try { return wrap(op(ID_bitwise_not, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_bitwise_not_ = -1;
/** `aten::bitwise_not_(Tensor(a!) self) -> Tensor(a!)` */
export function bitwise_not_(self: Tensor): Tensor {
  if (ID_bitwise_not_ < 0) ID_bitwise_not_ = resolve("aten::bitwise_not_", "");
  try { return wrap(op(ID_bitwise_not_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_bitwise_or_Scalar = -1;
/** `aten::bitwise_or.Scalar(Tensor self, Scalar other) -> Tensor` */
export function bitwise_or_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_or_Scalar < 0) ID_bitwise_or_Scalar = resolve("aten::bitwise_or", "Scalar");
  try { return wrap(op(ID_bitwise_or_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_or_Scalar_Tensor = -1;
/** `aten::bitwise_or.Scalar_Tensor(Scalar self, Tensor other) -> Tensor` */
export function bitwise_or_Scalar_Tensor(self: Scalar, other: Tensor): Tensor {
  if (ID_bitwise_or_Scalar_Tensor < 0) ID_bitwise_or_Scalar_Tensor = resolve("aten::bitwise_or", "Scalar_Tensor");
  try { return wrap(op(ID_bitwise_or_Scalar_Tensor, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_bitwise_or_Tensor = -1;
/** `aten::bitwise_or.Tensor(Tensor self, Tensor other) -> Tensor` */
export function bitwise_or_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_or_Tensor < 0) ID_bitwise_or_Tensor = resolve("aten::bitwise_or", "Tensor");
  try { return wrap(op(ID_bitwise_or_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_or__Scalar = -1;
/** `aten::bitwise_or_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function bitwise_or__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_or__Scalar < 0) ID_bitwise_or__Scalar = resolve("aten::bitwise_or_", "Scalar");
  try { return wrap(op(ID_bitwise_or__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_or__Tensor = -1;
/** `aten::bitwise_or_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function bitwise_or__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_or__Tensor < 0) ID_bitwise_or__Tensor = resolve("aten::bitwise_or_", "Tensor");
  try { return wrap(op(ID_bitwise_or__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_right_shift_Scalar_Tensor = -1;
/** `aten::bitwise_right_shift.Scalar_Tensor(Scalar self, Tensor other) -> Tensor` */
export function bitwise_right_shift_Scalar_Tensor(self: Scalar, other: Tensor): Tensor {
  if (ID_bitwise_right_shift_Scalar_Tensor < 0) ID_bitwise_right_shift_Scalar_Tensor = resolve("aten::bitwise_right_shift", "Scalar_Tensor");
  try { return wrap(op(ID_bitwise_right_shift_Scalar_Tensor, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_bitwise_right_shift_Tensor = -1;
/** `aten::bitwise_right_shift.Tensor(Tensor self, Tensor other) -> Tensor` */
export function bitwise_right_shift_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_right_shift_Tensor < 0) ID_bitwise_right_shift_Tensor = resolve("aten::bitwise_right_shift", "Tensor");
  try { return wrap(op(ID_bitwise_right_shift_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_right_shift_Tensor_Scalar = -1;
/** `aten::bitwise_right_shift.Tensor_Scalar(Tensor self, Scalar other) -> Tensor` */
export function bitwise_right_shift_Tensor_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_right_shift_Tensor_Scalar < 0) ID_bitwise_right_shift_Tensor_Scalar = resolve("aten::bitwise_right_shift", "Tensor_Scalar");
  try { return wrap(op(ID_bitwise_right_shift_Tensor_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_right_shift__Tensor = -1;
/** `aten::bitwise_right_shift_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function bitwise_right_shift__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_right_shift__Tensor < 0) ID_bitwise_right_shift__Tensor = resolve("aten::bitwise_right_shift_", "Tensor");
  try { return wrap(op(ID_bitwise_right_shift__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_right_shift__Tensor_Scalar = -1;
/** `aten::bitwise_right_shift_.Tensor_Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function bitwise_right_shift__Tensor_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_right_shift__Tensor_Scalar < 0) ID_bitwise_right_shift__Tensor_Scalar = resolve("aten::bitwise_right_shift_", "Tensor_Scalar");
  try { return wrap(op(ID_bitwise_right_shift__Tensor_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_xor_Scalar = -1;
/** `aten::bitwise_xor.Scalar(Tensor self, Scalar other) -> Tensor` */
export function bitwise_xor_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_xor_Scalar < 0) ID_bitwise_xor_Scalar = resolve("aten::bitwise_xor", "Scalar");
  try { return wrap(op(ID_bitwise_xor_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_xor_Scalar_Tensor = -1;
/** `aten::bitwise_xor.Scalar_Tensor(Scalar self, Tensor other) -> Tensor` */
export function bitwise_xor_Scalar_Tensor(self: Scalar, other: Tensor): Tensor {
  if (ID_bitwise_xor_Scalar_Tensor < 0) ID_bitwise_xor_Scalar_Tensor = resolve("aten::bitwise_xor", "Scalar_Tensor");
  try { return wrap(op(ID_bitwise_xor_Scalar_Tensor, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_bitwise_xor_Tensor = -1;
/** `aten::bitwise_xor.Tensor(Tensor self, Tensor other) -> Tensor` */
export function bitwise_xor_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_xor_Tensor < 0) ID_bitwise_xor_Tensor = resolve("aten::bitwise_xor", "Tensor");
  try { return wrap(op(ID_bitwise_xor_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_bitwise_xor__Scalar = -1;
/** `aten::bitwise_xor_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function bitwise_xor__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_bitwise_xor__Scalar < 0) ID_bitwise_xor__Scalar = resolve("aten::bitwise_xor_", "Scalar");
  try { return wrap(op(ID_bitwise_xor__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_bitwise_xor__Tensor = -1;
/** `aten::bitwise_xor_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function bitwise_xor__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_bitwise_xor__Tensor < 0) ID_bitwise_xor__Tensor = resolve("aten::bitwise_xor_", "Tensor");
  try { return wrap(op(ID_bitwise_xor__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_blackman_window = -1;
/** `aten::blackman_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function blackman_window(window_length: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_blackman_window < 0) ID_blackman_window = resolve("aten::blackman_window", "");
  try { return wrap(op(ID_blackman_window, window_length, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","dtype","layout","device","pin_memory"], [window_length, dtype, layout, device, pin_memory]); }
}

let ID_blackman_window_periodic = -1;
/** `aten::blackman_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function blackman_window_periodic(window_length: number, periodic: boolean, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_blackman_window_periodic < 0) ID_blackman_window_periodic = resolve("aten::blackman_window", "periodic");
  try { return wrap(op(ID_blackman_window_periodic, window_length, periodic, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","dtype","layout","device","pin_memory"], [window_length, periodic, dtype, layout, device, pin_memory]); }
}

let ID_block_diag = -1;
/** `aten::block_diag(Tensor[] tensors) -> Tensor` */
export function block_diag(tensors: Tensor[]): Tensor {
  if (ID_block_diag < 0) ID_block_diag = resolve("aten::block_diag", "");
  try { return wrap(op(ID_block_diag, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_bmm = -1;
/** `aten::bmm(Tensor self, Tensor mat2) -> Tensor` */
export function bmm(self: Tensor, mat2: Tensor): Tensor {
  if (ID_bmm < 0) ID_bmm = resolve("aten::bmm", "");
  try { return wrap(op(ID_bmm, th(self, "self"), th(mat2, "mat2"))); } catch (e) { throw fail(e, ["*self","*mat2"], [self, mat2]); }
}

let ID_broadcast_tensors = -1;
/** `aten::broadcast_tensors(Tensor[] tensors) -> Tensor[]` */
export function broadcast_tensors(tensors: Tensor[]): Tensor[] {
  if (ID_broadcast_tensors < 0) ID_broadcast_tensors = resolve("aten::broadcast_tensors", "");
  try { return wrapList(op(ID_broadcast_tensors, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_broadcast_to = -1;
/** `aten::broadcast_to(Tensor(a) self, int[] size) -> Tensor(a)` */
export function broadcast_to(self: Tensor, size: number | number[]): Tensor {
  if (ID_broadcast_to < 0) ID_broadcast_to = resolve("aten::broadcast_to", "");
  try { return wrap(op(ID_broadcast_to, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID_bucketize_Scalar = -1;
/** `aten::bucketize.Scalar(Scalar self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor` */
export function bucketize_Scalar(self: Scalar, boundaries: Tensor, out_int32?: boolean, right?: boolean): Tensor {
  if (ID_bucketize_Scalar < 0) ID_bucketize_Scalar = resolve("aten::bucketize", "Scalar");
  try { return wrap(op(ID_bucketize_Scalar, self, th(boundaries, "boundaries"), out_int32, right)); } catch (e) { throw fail(e, ["self","*boundaries","out_int32","right"], [self, boundaries, out_int32, right]); }
}

let ID_bucketize_Tensor = -1;
/** `aten::bucketize.Tensor(Tensor self, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor` */
export function bucketize_Tensor(self: Tensor, boundaries: Tensor, out_int32?: boolean, right?: boolean): Tensor {
  if (ID_bucketize_Tensor < 0) ID_bucketize_Tensor = resolve("aten::bucketize", "Tensor");
  try { return wrap(op(ID_bucketize_Tensor, th(self, "self"), th(boundaries, "boundaries"), out_int32, right)); } catch (e) { throw fail(e, ["*self","*boundaries","out_int32","right"], [self, boundaries, out_int32, right]); }
}

let ID_can_cast = -1;
/** `aten::can_cast(ScalarType from, ScalarType to) -> bool` */
export function can_cast(from: DType, to: DType): boolean {
  if (ID_can_cast < 0) ID_can_cast = resolve("aten::can_cast", "");
  try { return op(ID_can_cast, dtypeCode(from), dtypeCode(to)) as boolean; } catch (e) { throw fail(e, ["from","to"], [from, to]); }
}

let ID_cartesian_prod = -1;
/** `aten::cartesian_prod(Tensor[] tensors) -> Tensor` */
export function cartesian_prod(tensors: Tensor[]): Tensor {
  if (ID_cartesian_prod < 0) ID_cartesian_prod = resolve("aten::cartesian_prod", "");
  try { return wrap(op(ID_cartesian_prod, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_cat = -1;
/** `aten::cat(Tensor[] tensors, int dim=0) -> Tensor` */
export function cat(tensors: Tensor[], dim?: number): Tensor {
  if (ID_cat < 0) ID_cat = resolve("aten::cat", "");
  try { return wrap(op(ID_cat, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_cat_names = -1;
/** `aten::cat.names(Tensor[] tensors, str dim) -> Tensor` */
export function cat_names(tensors: Tensor[], dim: string): Tensor {
  if (ID_cat_names < 0) ID_cat_names = resolve("aten::cat", "names");
  try { return wrap(op(ID_cat_names, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_cauchy = -1;
/** `aten::cauchy(Tensor self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor` */
export function cauchy(self: Tensor, median?: number, sigma?: number): Tensor {
  if (ID_cauchy < 0) ID_cauchy = resolve("aten::cauchy", "");
  try { return wrap(op(ID_cauchy, th(self, "self"), median, sigma, undefined)); } catch (e) { throw fail(e, ["*self","median","sigma","generator"], [self, median, sigma, undefined]); }
}

let ID_cauchy_ = -1;
/** `aten::cauchy_(Tensor(a!) self, float median=0., float sigma=1., *, Generator? generator=None) -> Tensor(a!)` */
export function cauchy_(self: Tensor, median?: number, sigma?: number): Tensor {
  if (ID_cauchy_ < 0) ID_cauchy_ = resolve("aten::cauchy_", "");
  try { return wrap(op(ID_cauchy_, th(self, "self"), median, sigma, undefined)); } catch (e) { throw fail(e, ["*self","median","sigma","generator"], [self, median, sigma, undefined]); }
}

let ID_ccol_indices = -1;
/** `aten::ccol_indices(Tensor(a) self) -> Tensor(a)` */
export function ccol_indices(self: Tensor): Tensor {
  if (ID_ccol_indices < 0) ID_ccol_indices = resolve("aten::ccol_indices", "");
  try { return wrap(op(ID_ccol_indices, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_ccol_indices_copy = -1;
/** `aten::ccol_indices_copy(Tensor self) -> Tensor` */
export function ccol_indices_copy(self: Tensor): Tensor {
  if (ID_ccol_indices_copy < 0) ID_ccol_indices_copy = resolve("aten::ccol_indices_copy", "");
  try { return wrap(op(ID_ccol_indices_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cdist = -1;
/** `aten::cdist(Tensor x1, Tensor x2, float p=2., int? compute_mode=None) -> Tensor` */
export function cdist(x1: Tensor, x2: Tensor, p?: number, compute_mode?: number | null): Tensor {
  if (ID_cdist < 0) ID_cdist = resolve("aten::cdist", "");
  try { return wrap(op(ID_cdist, th(x1, "x1"), th(x2, "x2"), p, compute_mode)); } catch (e) { throw fail(e, ["*x1","*x2","p","compute_mode"], [x1, x2, p, compute_mode]); }
}

let ID_ceil = -1;
/** `aten::ceil(Tensor self) -> Tensor` */
export function ceil(self: Tensor): Tensor {
  if (ID_ceil < 0) ID_ceil = resolve("aten::ceil", "");
  try { return wrap(op(ID_ceil, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_ceil_ = -1;
/** `aten::ceil_(Tensor(a!) self) -> Tensor(a!)` */
export function ceil_(self: Tensor): Tensor {
  if (ID_ceil_ < 0) ID_ceil_ = resolve("aten::ceil_", "");
  try { return wrap(op(ID_ceil_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_celu = -1;
/** `aten::celu(Tensor self, Scalar alpha=1.) -> Tensor` */
export function celu(self: Tensor, alpha?: Scalar): Tensor {
  if (ID_celu < 0) ID_celu = resolve("aten::celu", "");
  try { return wrap(op(ID_celu, th(self, "self"), alpha)); } catch (e) { throw fail(e, ["*self","alpha"], [self, alpha]); }
}

let ID_celu_ = -1;
/** `aten::celu_(Tensor(a!) self, Scalar alpha=1.) -> Tensor(a!)` */
export function celu_(self: Tensor, alpha?: Scalar): Tensor {
  if (ID_celu_ < 0) ID_celu_ = resolve("aten::celu_", "");
  try { return wrap(op(ID_celu_, th(self, "self"), alpha)); } catch (e) { throw fail(e, ["*self","alpha"], [self, alpha]); }
}

let ID_chain_matmul = -1;
/** `aten::chain_matmul(Tensor[] matrices) -> Tensor` */
export function chain_matmul(matrices: Tensor[]): Tensor {
  if (ID_chain_matmul < 0) ID_chain_matmul = resolve("aten::chain_matmul", "");
  try { return wrap(op(ID_chain_matmul, ths(matrices, "matrices"))); } catch (e) { throw fail(e, ["matrices"], [matrices]); }
}

let ID_chalf = -1;
/** `aten::chalf(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor` */
export function chalf(self: Tensor, memory_format?: number | null): Tensor {
  if (ID_chalf < 0) ID_chalf = resolve("aten::chalf", "");
  try { return wrap(op(ID_chalf, th(self, "self"), memory_format)); } catch (e) { throw fail(e, ["*self","memory_format"], [self, memory_format]); }
}

let ID_channel_shuffle = -1;
/** `aten::channel_shuffle(Tensor self, int groups) -> Tensor` */
export function channel_shuffle(self: Tensor, groups: number): Tensor {
  if (ID_channel_shuffle < 0) ID_channel_shuffle = resolve("aten::channel_shuffle", "");
  try { return wrap(op(ID_channel_shuffle, th(self, "self"), groups)); } catch (e) { throw fail(e, ["*self","groups"], [self, groups]); }
}

let ID_cholesky = -1;
/** `aten::cholesky(Tensor self, bool upper=False) -> Tensor` */
export function cholesky(self: Tensor, upper?: boolean): Tensor {
  if (ID_cholesky < 0) ID_cholesky = resolve("aten::cholesky", "");
  try { return wrap(op(ID_cholesky, th(self, "self"), upper)); } catch (e) { throw fail(e, ["*self","upper"], [self, upper]); }
}

let ID_cholesky_inverse = -1;
/** `aten::cholesky_inverse(Tensor self, bool upper=False) -> Tensor` */
export function cholesky_inverse(self: Tensor, upper?: boolean): Tensor {
  if (ID_cholesky_inverse < 0) ID_cholesky_inverse = resolve("aten::cholesky_inverse", "");
  try { return wrap(op(ID_cholesky_inverse, th(self, "self"), upper)); } catch (e) { throw fail(e, ["*self","upper"], [self, upper]); }
}

let ID_cholesky_solve = -1;
/** `aten::cholesky_solve(Tensor self, Tensor input2, bool upper=False) -> Tensor` */
export function cholesky_solve(self: Tensor, input2: Tensor, upper?: boolean): Tensor {
  if (ID_cholesky_solve < 0) ID_cholesky_solve = resolve("aten::cholesky_solve", "");
  try { return wrap(op(ID_cholesky_solve, th(self, "self"), th(input2, "input2"), upper)); } catch (e) { throw fail(e, ["*self","*input2","upper"], [self, input2, upper]); }
}

let ID_choose_qparams_optimized = -1;
/** `aten::choose_qparams_optimized(Tensor input, int numel, int n_bins, float ratio, int bit_width) -> (Tensor, Tensor)` */
export function choose_qparams_optimized(input: Tensor, numel: number, n_bins: number, ratio: number, bit_width: number): [Tensor, Tensor] {
  if (ID_choose_qparams_optimized < 0) ID_choose_qparams_optimized = resolve("aten::choose_qparams_optimized", "");
  let r: unknown[];
  try { r = op(ID_choose_qparams_optimized, th(input, "input"), numel, n_bins, ratio, bit_width) as unknown[]; } catch (e) { throw fail(e, ["*input","numel","n_bins","ratio","bit_width"], [input, numel, n_bins, ratio, bit_width]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_chunk = -1;
/** `aten::chunk(Tensor(a -> *) self, int chunks, int dim=0) -> Tensor(a)[]` */
export function chunk(self: Tensor, chunks: number, dim?: number): Tensor[] {
  if (ID_chunk < 0) ID_chunk = resolve("aten::chunk", "");
  try { return wrapList(op(ID_chunk, th(self, "self"), chunks, dim)); } catch (e) { throw fail(e, ["*self","chunks","dim"], [self, chunks, dim]); }
}

let ID_clamp = -1;
/** `aten::clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor` */
export function clamp(self: Tensor, min?: Scalar | null, max?: Scalar | null): Tensor {
  if (ID_clamp < 0) ID_clamp = resolve("aten::clamp", "");
  try { return wrap(op(ID_clamp, th(self, "self"), min, max)); } catch (e) { throw fail(e, ["*self","min","max"], [self, min, max]); }
}

let ID_clamp_Tensor = -1;
/** `aten::clamp.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor` */
export function clamp_Tensor(self: Tensor, min?: Tensor | null, max?: Tensor | null): Tensor {
  if (ID_clamp_Tensor < 0) ID_clamp_Tensor = resolve("aten::clamp", "Tensor");
  try { return wrap(op(ID_clamp_Tensor, th(self, "self"), oth(min, "min"), oth(max, "max"))); } catch (e) { throw fail(e, ["*self","*min","*max"], [self, min, max]); }
}

let ID_clamp_ = -1;
/** `aten::clamp_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)` */
export function clamp_(self: Tensor, min?: Scalar | null, max?: Scalar | null): Tensor {
  if (ID_clamp_ < 0) ID_clamp_ = resolve("aten::clamp_", "");
  try { return wrap(op(ID_clamp_, th(self, "self"), min, max)); } catch (e) { throw fail(e, ["*self","min","max"], [self, min, max]); }
}

let ID_clamp__Tensor = -1;
/** `aten::clamp_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)` */
export function clamp__Tensor(self: Tensor, min?: Tensor | null, max?: Tensor | null): Tensor {
  if (ID_clamp__Tensor < 0) ID_clamp__Tensor = resolve("aten::clamp_", "Tensor");
  try { return wrap(op(ID_clamp__Tensor, th(self, "self"), oth(min, "min"), oth(max, "max"))); } catch (e) { throw fail(e, ["*self","*min","*max"], [self, min, max]); }
}

let ID_clamp_max = -1;
/** `aten::clamp_max(Tensor self, Scalar max) -> Tensor` */
export function clamp_max(self: Tensor, max: Scalar): Tensor {
  if (ID_clamp_max < 0) ID_clamp_max = resolve("aten::clamp_max", "");
  try { return wrap(op(ID_clamp_max, th(self, "self"), max)); } catch (e) { throw fail(e, ["*self","max"], [self, max]); }
}

let ID_clamp_max_Tensor = -1;
/** `aten::clamp_max.Tensor(Tensor self, Tensor max) -> Tensor` */
export function clamp_max_Tensor(self: Tensor, max: Tensor): Tensor {
  if (ID_clamp_max_Tensor < 0) ID_clamp_max_Tensor = resolve("aten::clamp_max", "Tensor");
  try { return wrap(op(ID_clamp_max_Tensor, th(self, "self"), th(max, "max"))); } catch (e) { throw fail(e, ["*self","*max"], [self, max]); }
}

let ID_clamp_max_ = -1;
/** `aten::clamp_max_(Tensor(a!) self, Scalar max) -> Tensor(a!)` */
export function clamp_max_(self: Tensor, max: Scalar): Tensor {
  if (ID_clamp_max_ < 0) ID_clamp_max_ = resolve("aten::clamp_max_", "");
  try { return wrap(op(ID_clamp_max_, th(self, "self"), max)); } catch (e) { throw fail(e, ["*self","max"], [self, max]); }
}

let ID_clamp_max__Tensor = -1;
/** `aten::clamp_max_.Tensor(Tensor(a!) self, Tensor max) -> Tensor(a!)` */
export function clamp_max__Tensor(self: Tensor, max: Tensor): Tensor {
  if (ID_clamp_max__Tensor < 0) ID_clamp_max__Tensor = resolve("aten::clamp_max_", "Tensor");
  try { return wrap(op(ID_clamp_max__Tensor, th(self, "self"), th(max, "max"))); } catch (e) { throw fail(e, ["*self","*max"], [self, max]); }
}

let ID_clamp_min = -1;
/** `aten::clamp_min(Tensor self, Scalar min) -> Tensor` */
export function clamp_min(self: Tensor, min: Scalar): Tensor {
  if (ID_clamp_min < 0) ID_clamp_min = resolve("aten::clamp_min", "");
  try { return wrap(op(ID_clamp_min, th(self, "self"), min)); } catch (e) { throw fail(e, ["*self","min"], [self, min]); }
}

let ID_clamp_min_Tensor = -1;
/** `aten::clamp_min.Tensor(Tensor self, Tensor min) -> Tensor` */
export function clamp_min_Tensor(self: Tensor, min: Tensor): Tensor {
  if (ID_clamp_min_Tensor < 0) ID_clamp_min_Tensor = resolve("aten::clamp_min", "Tensor");
  try { return wrap(op(ID_clamp_min_Tensor, th(self, "self"), th(min, "min"))); } catch (e) { throw fail(e, ["*self","*min"], [self, min]); }
}

let ID_clamp_min_ = -1;
/** `aten::clamp_min_(Tensor(a!) self, Scalar min) -> Tensor(a!)` */
export function clamp_min_(self: Tensor, min: Scalar): Tensor {
  if (ID_clamp_min_ < 0) ID_clamp_min_ = resolve("aten::clamp_min_", "");
  try { return wrap(op(ID_clamp_min_, th(self, "self"), min)); } catch (e) { throw fail(e, ["*self","min"], [self, min]); }
}

let ID_clamp_min__Tensor = -1;
/** `aten::clamp_min_.Tensor(Tensor(a!) self, Tensor min) -> Tensor(a!)` */
export function clamp_min__Tensor(self: Tensor, min: Tensor): Tensor {
  if (ID_clamp_min__Tensor < 0) ID_clamp_min__Tensor = resolve("aten::clamp_min_", "Tensor");
  try { return wrap(op(ID_clamp_min__Tensor, th(self, "self"), th(min, "min"))); } catch (e) { throw fail(e, ["*self","*min"], [self, min]); }
}

let ID_clip = -1;
/** `aten::clip(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor` */
export function clip(self: Tensor, min?: Scalar | null, max?: Scalar | null): Tensor {
  if (ID_clip < 0) ID_clip = resolve("aten::clip", "");
  try { return wrap(op(ID_clip, th(self, "self"), min, max)); } catch (e) { throw fail(e, ["*self","min","max"], [self, min, max]); }
}

let ID_clip_Tensor = -1;
/** `aten::clip.Tensor(Tensor self, Tensor? min=None, Tensor? max=None) -> Tensor` */
export function clip_Tensor(self: Tensor, min?: Tensor | null, max?: Tensor | null): Tensor {
  if (ID_clip_Tensor < 0) ID_clip_Tensor = resolve("aten::clip", "Tensor");
  try { return wrap(op(ID_clip_Tensor, th(self, "self"), oth(min, "min"), oth(max, "max"))); } catch (e) { throw fail(e, ["*self","*min","*max"], [self, min, max]); }
}

let ID_clip_ = -1;
/** `aten::clip_(Tensor(a!) self, Scalar? min=None, Scalar? max=None) -> Tensor(a!)` */
export function clip_(self: Tensor, min?: Scalar | null, max?: Scalar | null): Tensor {
  if (ID_clip_ < 0) ID_clip_ = resolve("aten::clip_", "");
  try { return wrap(op(ID_clip_, th(self, "self"), min, max)); } catch (e) { throw fail(e, ["*self","min","max"], [self, min, max]); }
}

let ID_clip__Tensor = -1;
/** `aten::clip_.Tensor(Tensor(a!) self, Tensor? min=None, Tensor? max=None) -> Tensor(a!)` */
export function clip__Tensor(self: Tensor, min?: Tensor | null, max?: Tensor | null): Tensor {
  if (ID_clip__Tensor < 0) ID_clip__Tensor = resolve("aten::clip_", "Tensor");
  try { return wrap(op(ID_clip__Tensor, th(self, "self"), oth(min, "min"), oth(max, "max"))); } catch (e) { throw fail(e, ["*self","*min","*max"], [self, min, max]); }
}

let ID_clone = -1;
/** `aten::clone(Tensor self, *, MemoryFormat? memory_format=None) -> Tensor` */
export function clone(self: Tensor, memory_format?: number | null): Tensor {
  if (ID_clone < 0) ID_clone = resolve("aten::clone", "");
  try { return wrap(op(ID_clone, th(self, "self"), memory_format)); } catch (e) { throw fail(e, ["*self","memory_format"], [self, memory_format]); }
}

let ID_coalesce = -1;
/** `aten::coalesce(Tensor(a) self) -> Tensor(a)` */
export function coalesce(self: Tensor): Tensor {
  if (ID_coalesce < 0) ID_coalesce = resolve("aten::coalesce", "");
  try { return wrap(op(ID_coalesce, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_col2im = -1;
/** `aten::col2im(Tensor self, SymInt[2] output_size, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor` */
export function col2im(self: Tensor, output_size: number | number[], kernel_size: number | number[], dilation: number | number[], padding: number | number[], stride: number | number[]): Tensor {
  if (ID_col2im < 0) ID_col2im = resolve("aten::col2im", "");
  try { return wrap(op(ID_col2im, th(self, "self"), output_size, kernel_size, dilation, padding, stride)); } catch (e) { throw fail(e, ["*self","output_size","kernel_size","dilation","padding","stride"], [self, output_size, kernel_size, dilation, padding, stride]); }
}

let ID_col_indices = -1;
/** `aten::col_indices(Tensor(a) self) -> Tensor(a)` */
export function col_indices(self: Tensor): Tensor {
  if (ID_col_indices < 0) ID_col_indices = resolve("aten::col_indices", "");
  try { return wrap(op(ID_col_indices, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_col_indices_copy = -1;
/** `aten::col_indices_copy(Tensor self) -> Tensor` */
export function col_indices_copy(self: Tensor): Tensor {
  if (ID_col_indices_copy < 0) ID_col_indices_copy = resolve("aten::col_indices_copy", "");
  try { return wrap(op(ID_col_indices_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_column_stack = -1;
/** `aten::column_stack(Tensor[] tensors) -> Tensor` */
export function column_stack(tensors: Tensor[]): Tensor {
  if (ID_column_stack < 0) ID_column_stack = resolve("aten::column_stack", "");
  try { return wrap(op(ID_column_stack, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_combinations = -1;
/** `aten::combinations(Tensor self, int r=2, bool with_replacement=False) -> Tensor` */
export function combinations(self: Tensor, r_?: number, with_replacement?: boolean): Tensor {
  if (ID_combinations < 0) ID_combinations = resolve("aten::combinations", "");
  try { return wrap(op(ID_combinations, th(self, "self"), r_, with_replacement)); } catch (e) { throw fail(e, ["*self","r","with_replacement"], [self, r_, with_replacement]); }
}

let ID_complex = -1;
/** `aten::complex(Tensor real, Tensor imag) -> Tensor` */
export function complex(real: Tensor, imag: Tensor): Tensor {
  if (ID_complex < 0) ID_complex = resolve("aten::complex", "");
  try { return wrap(op(ID_complex, th(real, "real"), th(imag, "imag"))); } catch (e) { throw fail(e, ["*real","*imag"], [real, imag]); }
}

let ID_concat = -1;
/** `aten::concat(Tensor[] tensors, int dim=0) -> Tensor` */
export function concat(tensors: Tensor[], dim?: number): Tensor {
  if (ID_concat < 0) ID_concat = resolve("aten::concat", "");
  try { return wrap(op(ID_concat, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_concat_names = -1;
/** `aten::concat.names(Tensor[] tensors, str dim) -> Tensor` */
export function concat_names(tensors: Tensor[], dim: string): Tensor {
  if (ID_concat_names < 0) ID_concat_names = resolve("aten::concat", "names");
  try { return wrap(op(ID_concat_names, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_concatenate = -1;
/** `aten::concatenate(Tensor[] tensors, int dim=0) -> Tensor` */
export function concatenate(tensors: Tensor[], dim?: number): Tensor {
  if (ID_concatenate < 0) ID_concatenate = resolve("aten::concatenate", "");
  try { return wrap(op(ID_concatenate, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_concatenate_names = -1;
/** `aten::concatenate.names(Tensor[] tensors, str dim) -> Tensor` */
export function concatenate_names(tensors: Tensor[], dim: string): Tensor {
  if (ID_concatenate_names < 0) ID_concatenate_names = resolve("aten::concatenate", "names");
  try { return wrap(op(ID_concatenate_names, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_conj = -1;
/** `aten::conj(Tensor(a) self) -> Tensor(a)` */
export function conj(self: Tensor): Tensor {
  if (ID_conj < 0) ID_conj = resolve("aten::conj", "");
  try { return wrap(op(ID_conj, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_conj_physical = -1;
/** `aten::conj_physical(Tensor self) -> Tensor` */
export function conj_physical(self: Tensor): Tensor {
  if (ID_conj_physical < 0) ID_conj_physical = resolve("aten::conj_physical", "");
  try { return wrap(op(ID_conj_physical, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_conj_physical_ = -1;
/** `aten::conj_physical_(Tensor(a!) self) -> Tensor(a!)` */
export function conj_physical_(self: Tensor): Tensor {
  if (ID_conj_physical_ < 0) ID_conj_physical_ = resolve("aten::conj_physical_", "");
  try { return wrap(op(ID_conj_physical_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_constant_pad_nd = -1;
/** `aten::constant_pad_nd(Tensor self, int[] pad, Scalar value=0) -> Tensor` */
export function constant_pad_nd(self: Tensor, pad: number | number[], value?: Scalar): Tensor {
  if (ID_constant_pad_nd < 0) ID_constant_pad_nd = resolve("aten::constant_pad_nd", "");
  try { return wrap(op(ID_constant_pad_nd, th(self, "self"), pad, value)); } catch (e) { throw fail(e, ["*self","pad","value"], [self, pad, value]); }
}

let ID_contiguous = -1;
/** `aten::contiguous(Tensor(a) self, *, MemoryFormat memory_format=0) -> Tensor(a)` */
export function contiguous(self: Tensor, memory_format?: number): Tensor {
  if (ID_contiguous < 0) ID_contiguous = resolve("aten::contiguous", "");
  try { return wrap(op(ID_contiguous, th(self, "self"), memory_format)); } catch (e) { throw fail(e, ["*self","memory_format"], [self, memory_format]); }
}

let ID_conv1d = -1;
/** `aten::conv1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], int[1] padding=[0], int[1] dilation=[1], int groups=1) -> Tensor` */
export function conv1d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Tensor {
  if (ID_conv1d < 0) ID_conv1d = resolve("aten::conv1d", "");
  try { return wrap(op(ID_conv1d, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID_conv1d_padding = -1;
/** `aten::conv1d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], str padding="valid", int[1] dilation=[1], int groups=1) -> Tensor` */
export function conv1d_padding(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: string, dilation?: number | number[], groups?: number): Tensor {
  if (ID_conv1d_padding < 0) ID_conv1d_padding = resolve("aten::conv1d", "padding");
  try { return wrap(op(ID_conv1d_padding, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID_conv2d = -1;
/** `aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor` */
export function conv2d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Tensor {
  if (ID_conv2d < 0) ID_conv2d = resolve("aten::conv2d", "");
  try { return wrap(op(ID_conv2d, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID_conv2d_padding = -1;
/** `aten::conv2d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, str padding="valid", int[2] dilation=1, int groups=1) -> Tensor` */
export function conv2d_padding(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: string, dilation?: number | number[], groups?: number): Tensor {
  if (ID_conv2d_padding < 0) ID_conv2d_padding = resolve("aten::conv2d", "padding");
  try { return wrap(op(ID_conv2d_padding, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID_conv3d = -1;
/** `aten::conv3d(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] dilation=1, int groups=1) -> Tensor` */
export function conv3d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[], groups?: number): Tensor {
  if (ID_conv3d < 0) ID_conv3d = resolve("aten::conv3d", "");
  try { return wrap(op(ID_conv3d, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID_conv3d_padding = -1;
/** `aten::conv3d.padding(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, str padding="valid", int[3] dilation=1, int groups=1) -> Tensor` */
export function conv3d_padding(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: string, dilation?: number | number[], groups?: number): Tensor {
  if (ID_conv3d_padding < 0) ID_conv3d_padding = resolve("aten::conv3d", "padding");
  try { return wrap(op(ID_conv3d_padding, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","groups"], [input, weight, bias, stride, padding, dilation, groups]); }
}

let ID_conv_depthwise3d = -1;
/** `aten::conv_depthwise3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias, int[3] stride, int[3] padding, int[3] dilation) -> Tensor` */
export function conv_depthwise3d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[]): Tensor {
  if (ID_conv_depthwise3d < 0) ID_conv_depthwise3d = resolve("aten::conv_depthwise3d", "");
  try { return wrap(op(ID_conv_depthwise3d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding, dilation)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding","dilation"], [self, weight, kernel_size, bias, stride, padding, dilation]); }
}

let ID_conv_tbc = -1;
/** `aten::conv_tbc(Tensor self, Tensor weight, Tensor bias, int pad=0) -> Tensor` */
export function conv_tbc(self: Tensor, weight: Tensor, bias: Tensor, pad?: number): Tensor {
  if (ID_conv_tbc < 0) ID_conv_tbc = resolve("aten::conv_tbc", "");
  try { return wrap(op(ID_conv_tbc, th(self, "self"), th(weight, "weight"), th(bias, "bias"), pad)); } catch (e) { throw fail(e, ["*self","*weight","*bias","pad"], [self, weight, bias, pad]); }
}

let ID_conv_tbc_backward = -1;
/** `aten::conv_tbc_backward(Tensor self, Tensor input, Tensor weight, Tensor bias, int pad) -> (Tensor, Tensor, Tensor)` */
export function conv_tbc_backward(self: Tensor, input: Tensor, weight: Tensor, bias: Tensor, pad: number): [Tensor, Tensor, Tensor] {
  if (ID_conv_tbc_backward < 0) ID_conv_tbc_backward = resolve("aten::conv_tbc_backward", "");
  let r: unknown[];
  try { r = op(ID_conv_tbc_backward, th(self, "self"), th(input, "input"), th(weight, "weight"), th(bias, "bias"), pad) as unknown[]; } catch (e) { throw fail(e, ["*self","*input","*weight","*bias","pad"], [self, input, weight, bias, pad]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_conv_transpose1d = -1;
/** `aten::conv_transpose1d(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=[1], int[1] padding=[0], int[1] output_padding=[0], int groups=1, int[1] dilation=[1]) -> Tensor` */
export function conv_transpose1d(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], output_padding?: number | number[], groups?: number, dilation?: number | number[]): Tensor {
  if (ID_conv_transpose1d < 0) ID_conv_transpose1d = resolve("aten::conv_transpose1d", "");
  try { return wrap(op(ID_conv_transpose1d, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, output_padding, groups, dilation)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","output_padding","groups","dilation"], [input, weight, bias, stride, padding, output_padding, groups, dilation]); }
}

let ID_conv_transpose2d_input = -1;
/** `aten::conv_transpose2d.input(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int groups=1, int[2] dilation=1) -> Tensor` */
export function conv_transpose2d_input(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], output_padding?: number | number[], groups?: number, dilation?: number | number[]): Tensor {
  if (ID_conv_transpose2d_input < 0) ID_conv_transpose2d_input = resolve("aten::conv_transpose2d", "input");
  try { return wrap(op(ID_conv_transpose2d_input, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, output_padding, groups, dilation)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","output_padding","groups","dilation"], [input, weight, bias, stride, padding, output_padding, groups, dilation]); }
}

let ID_conv_transpose3d_input = -1;
/** `aten::conv_transpose3d.input(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] output_padding=0, int groups=1, int[3] dilation=1) -> Tensor` */
export function conv_transpose3d_input(input: Tensor, weight: Tensor, bias?: Tensor | null, stride?: number | number[], padding?: number | number[], output_padding?: number | number[], groups?: number, dilation?: number | number[]): Tensor {
  if (ID_conv_transpose3d_input < 0) ID_conv_transpose3d_input = resolve("aten::conv_transpose3d", "input");
  try { return wrap(op(ID_conv_transpose3d_input, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, output_padding, groups, dilation)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","output_padding","groups","dilation"], [input, weight, bias, stride, padding, output_padding, groups, dilation]); }
}

let ID_convolution = -1;
/** `aten::convolution(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor` */
export function convolution(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number): Tensor {
  if (ID_convolution < 0) ID_convolution = resolve("aten::convolution", "");
  try { return wrap(op(ID_convolution, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, transposed, output_padding, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","transposed","output_padding","groups"], [input, weight, bias, stride, padding, dilation, transposed, output_padding, groups]); }
}

let ID_convolution_backward = -1;
/** `aten::convolution_backward(Tensor grad_output, Tensor input, Tensor weight, SymInt[]? bias_sizes, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function convolution_backward(grad_output: Tensor, input: Tensor, weight: Tensor, bias_sizes: number | number[] | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_convolution_backward < 0) ID_convolution_backward = resolve("aten::convolution_backward", "");
  let r: unknown[];
  try { r = op(ID_convolution_backward, th(grad_output, "grad_output"), th(input, "input"), th(weight, "weight"), bias_sizes, stride, padding, dilation, transposed, output_padding, groups, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*input","*weight","bias_sizes","stride","padding","dilation","transposed","output_padding","groups","output_mask"], [grad_output, input, weight, bias_sizes, stride, padding, dilation, transposed, output_padding, groups, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_convolution_backward_overrideable = -1;
/** `aten::convolution_backward_overrideable(Tensor grad_output, Tensor input, Tensor weight, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups, bool[3] output_mask) -> (Tensor grad_input, Tensor grad_weight, Tensor grad_bias)` */
export function convolution_backward_overrideable(grad_output: Tensor, input: Tensor, weight: Tensor, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_convolution_backward_overrideable < 0) ID_convolution_backward_overrideable = resolve("aten::convolution_backward_overrideable", "");
  let r: unknown[];
  try { r = op(ID_convolution_backward_overrideable, th(grad_output, "grad_output"), th(input, "input"), th(weight, "weight"), stride, padding, dilation, transposed, output_padding, groups, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*input","*weight","stride","padding","dilation","transposed","output_padding","groups","output_mask"], [grad_output, input, weight, stride, padding, dilation, transposed, output_padding, groups, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_convolution_overrideable = -1;
/** `aten::convolution_overrideable(Tensor input, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, bool transposed, int[] output_padding, int groups) -> Tensor` */
export function convolution_overrideable(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], transposed: boolean, output_padding: number | number[], groups: number): Tensor {
  if (ID_convolution_overrideable < 0) ID_convolution_overrideable = resolve("aten::convolution_overrideable", "");
  try { return wrap(op(ID_convolution_overrideable, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, transposed, output_padding, groups)); } catch (e) { throw fail(e, ["*input","*weight","*bias","stride","padding","dilation","transposed","output_padding","groups"], [input, weight, bias, stride, padding, dilation, transposed, output_padding, groups]); }
}

let ID_copy = -1;
/** `aten::copy(Tensor self, Tensor src, bool non_blocking=False) -> Tensor` */
export function copy(self: Tensor, src: Tensor, non_blocking?: boolean): Tensor {
  if (ID_copy < 0) ID_copy = resolve("aten::copy", "");
  try { return wrap(op(ID_copy, th(self, "self"), th(src, "src"), non_blocking)); } catch (e) { throw fail(e, ["*self","*src","non_blocking"], [self, src, non_blocking]); }
}

let ID_copy_ = -1;
/** `aten::copy_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)` */
export function copy_(self: Tensor, src: Tensor, non_blocking?: boolean): Tensor {
  if (ID_copy_ < 0) ID_copy_ = resolve("aten::copy_", "");
  try { return wrap(op(ID_copy_, th(self, "self"), th(src, "src"), non_blocking)); } catch (e) { throw fail(e, ["*self","*src","non_blocking"], [self, src, non_blocking]); }
}

let ID_copy_sparse_to_sparse = -1;
/** `aten::copy_sparse_to_sparse(Tensor self, Tensor src, bool non_blocking=False) -> Tensor` */
export function copy_sparse_to_sparse(self: Tensor, src: Tensor, non_blocking?: boolean): Tensor {
  if (ID_copy_sparse_to_sparse < 0) ID_copy_sparse_to_sparse = resolve("aten::copy_sparse_to_sparse", "");
  try { return wrap(op(ID_copy_sparse_to_sparse, th(self, "self"), th(src, "src"), non_blocking)); } catch (e) { throw fail(e, ["*self","*src","non_blocking"], [self, src, non_blocking]); }
}

let ID_copy_sparse_to_sparse_ = -1;
/** `aten::copy_sparse_to_sparse_(Tensor(a!) self, Tensor src, bool non_blocking=False) -> Tensor(a!)` */
export function copy_sparse_to_sparse_(self: Tensor, src: Tensor, non_blocking?: boolean): Tensor {
  if (ID_copy_sparse_to_sparse_ < 0) ID_copy_sparse_to_sparse_ = resolve("aten::copy_sparse_to_sparse_", "");
  try { return wrap(op(ID_copy_sparse_to_sparse_, th(self, "self"), th(src, "src"), non_blocking)); } catch (e) { throw fail(e, ["*self","*src","non_blocking"], [self, src, non_blocking]); }
}

let ID_copysign_Scalar = -1;
/** `aten::copysign.Scalar(Tensor self, Scalar other) -> Tensor` */
export function copysign_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_copysign_Scalar < 0) ID_copysign_Scalar = resolve("aten::copysign", "Scalar");
  try { return wrap(op(ID_copysign_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_copysign_Tensor = -1;
/** `aten::copysign.Tensor(Tensor self, Tensor other) -> Tensor` */
export function copysign_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_copysign_Tensor < 0) ID_copysign_Tensor = resolve("aten::copysign", "Tensor");
  try { return wrap(op(ID_copysign_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_copysign__Scalar = -1;
/** `aten::copysign_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function copysign__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_copysign__Scalar < 0) ID_copysign__Scalar = resolve("aten::copysign_", "Scalar");
  try { return wrap(op(ID_copysign__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_copysign__Tensor = -1;
/** `aten::copysign_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function copysign__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_copysign__Tensor < 0) ID_copysign__Tensor = resolve("aten::copysign_", "Tensor");
  try { return wrap(op(ID_copysign__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_corrcoef = -1;
/** `aten::corrcoef(Tensor self) -> Tensor` */
export function corrcoef(self: Tensor): Tensor {
  if (ID_corrcoef < 0) ID_corrcoef = resolve("aten::corrcoef", "");
  try { return wrap(op(ID_corrcoef, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cos = -1;
/** `aten::cos(Tensor self) -> Tensor` */
export function cos(self: Tensor): Tensor {
  if (ID_cos < 0) ID_cos = resolve("aten::cos", "");
  try { return wrap(op(ID_cos, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cos_ = -1;
/** `aten::cos_(Tensor(a!) self) -> Tensor(a!)` */
export function cos_(self: Tensor): Tensor {
  if (ID_cos_ < 0) ID_cos_ = resolve("aten::cos_", "");
  try { return wrap(op(ID_cos_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cosh = -1;
/** `aten::cosh(Tensor self) -> Tensor` */
export function cosh(self: Tensor): Tensor {
  if (ID_cosh < 0) ID_cosh = resolve("aten::cosh", "");
  try { return wrap(op(ID_cosh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cosh_ = -1;
/** `aten::cosh_(Tensor(a!) self) -> Tensor(a!)` */
export function cosh_(self: Tensor): Tensor {
  if (ID_cosh_ < 0) ID_cosh_ = resolve("aten::cosh_", "");
  try { return wrap(op(ID_cosh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cosine_embedding_loss = -1;
/** `aten::cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target, float margin=0., int reduction=1) -> Tensor` */
export function cosine_embedding_loss(input1: Tensor, input2: Tensor, target: Tensor, margin?: number, reduction?: number): Tensor {
  if (ID_cosine_embedding_loss < 0) ID_cosine_embedding_loss = resolve("aten::cosine_embedding_loss", "");
  try { return wrap(op(ID_cosine_embedding_loss, th(input1, "input1"), th(input2, "input2"), th(target, "target"), margin, reduction)); } catch (e) { throw fail(e, ["*input1","*input2","*target","margin","reduction"], [input1, input2, target, margin, reduction]); }
}

let ID_cosine_similarity = -1;
/** `aten::cosine_similarity(Tensor x1, Tensor x2, int dim=1, float eps=1e-08) -> Tensor` */
export function cosine_similarity(x1: Tensor, x2: Tensor, dim?: number, eps?: number): Tensor {
  if (ID_cosine_similarity < 0) ID_cosine_similarity = resolve("aten::cosine_similarity", "");
  try { return wrap(op(ID_cosine_similarity, th(x1, "x1"), th(x2, "x2"), dim, eps)); } catch (e) { throw fail(e, ["*x1","*x2","dim","eps"], [x1, x2, dim, eps]); }
}

let ID_count_nonzero = -1;
/** `aten::count_nonzero(Tensor self, int? dim=None) -> Tensor` */
export function count_nonzero(self: Tensor, dim?: number | null): Tensor {
  if (ID_count_nonzero < 0) ID_count_nonzero = resolve("aten::count_nonzero", "");
  try { return wrap(op(ID_count_nonzero, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_count_nonzero_dim_IntList = -1;
/** `aten::count_nonzero.dim_IntList(Tensor self, int[] dim) -> Tensor` */
export function count_nonzero_dim_IntList(self: Tensor, dim: number | number[]): Tensor {
  if (ID_count_nonzero_dim_IntList < 0) ID_count_nonzero_dim_IntList = resolve("aten::count_nonzero", "dim_IntList");
  try { return wrap(op(ID_count_nonzero_dim_IntList, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_cov = -1;
/** `aten::cov(Tensor self, *, int correction=1, Tensor? fweights=None, Tensor? aweights=None) -> Tensor` */
export function cov(self: Tensor, correction?: number, fweights?: Tensor | null, aweights?: Tensor | null): Tensor {
  if (ID_cov < 0) ID_cov = resolve("aten::cov", "");
  try { return wrap(op(ID_cov, th(self, "self"), correction, oth(fweights, "fweights"), oth(aweights, "aweights"))); } catch (e) { throw fail(e, ["*self","correction","*fweights","*aweights"], [self, correction, fweights, aweights]); }
}

let ID_cross = -1;
/** `aten::cross(Tensor self, Tensor other, int? dim=None) -> Tensor` */
export function cross(self: Tensor, other: Tensor, dim?: number | null): Tensor {
  if (ID_cross < 0) ID_cross = resolve("aten::cross", "");
  try { return wrap(op(ID_cross, th(self, "self"), th(other, "other"), dim)); } catch (e) { throw fail(e, ["*self","*other","dim"], [self, other, dim]); }
}

let ID_cross_entropy_loss = -1;
/** `aten::cross_entropy_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100, float label_smoothing=0.) -> Tensor` */
export function cross_entropy_loss(self: Tensor, target: Tensor, weight?: Tensor | null, reduction?: number, ignore_index?: number, label_smoothing?: number): Tensor {
  if (ID_cross_entropy_loss < 0) ID_cross_entropy_loss = resolve("aten::cross_entropy_loss", "");
  try { return wrap(op(ID_cross_entropy_loss, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index, label_smoothing)); } catch (e) { throw fail(e, ["*self","*target","*weight","reduction","ignore_index","label_smoothing"], [self, target, weight, reduction, ignore_index, label_smoothing]); }
}

let ID_crow_indices = -1;
/** `aten::crow_indices(Tensor(a) self) -> Tensor(a)` */
export function crow_indices(self: Tensor): Tensor {
  if (ID_crow_indices < 0) ID_crow_indices = resolve("aten::crow_indices", "");
  try { return wrap(op(ID_crow_indices, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_crow_indices_copy = -1;
/** `aten::crow_indices_copy(Tensor self) -> Tensor` */
export function crow_indices_copy(self: Tensor): Tensor {
  if (ID_crow_indices_copy < 0) ID_crow_indices_copy = resolve("aten::crow_indices_copy", "");
  try { return wrap(op(ID_crow_indices_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_ctc_loss_IntList = -1;
/** `aten::ctc_loss.IntList(Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, int blank=0, int reduction=1, bool zero_infinity=False) -> Tensor` */
export function ctc_loss_IntList(log_probs: Tensor, targets: Tensor, input_lengths: number | number[], target_lengths: number | number[], blank?: number, reduction?: number, zero_infinity?: boolean): Tensor {
  if (ID_ctc_loss_IntList < 0) ID_ctc_loss_IntList = resolve("aten::ctc_loss", "IntList");
  try { return wrap(op(ID_ctc_loss_IntList, th(log_probs, "log_probs"), th(targets, "targets"), input_lengths, target_lengths, blank, reduction, zero_infinity)); } catch (e) { throw fail(e, ["*log_probs","*targets","input_lengths","target_lengths","blank","reduction","zero_infinity"], [log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity]); }
}

let ID_ctc_loss_Tensor = -1;
/** `aten::ctc_loss.Tensor(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank=0, int reduction=1, bool zero_infinity=False) -> Tensor` */
export function ctc_loss_Tensor(log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, blank?: number, reduction?: number, zero_infinity?: boolean): Tensor {
  if (ID_ctc_loss_Tensor < 0) ID_ctc_loss_Tensor = resolve("aten::ctc_loss", "Tensor");
  try { return wrap(op(ID_ctc_loss_Tensor, th(log_probs, "log_probs"), th(targets, "targets"), th(input_lengths, "input_lengths"), th(target_lengths, "target_lengths"), blank, reduction, zero_infinity)); } catch (e) { throw fail(e, ["*log_probs","*targets","*input_lengths","*target_lengths","blank","reduction","zero_infinity"], [log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity]); }
}

let ID_cudnn_affine_grid_generator = -1;
/** `aten::cudnn_affine_grid_generator(Tensor theta, int N, int C, int H, int W) -> Tensor grid` */
export function cudnn_affine_grid_generator(theta: Tensor, N: number, C: number, H: number, W: number): Tensor {
  if (ID_cudnn_affine_grid_generator < 0) ID_cudnn_affine_grid_generator = resolve("aten::cudnn_affine_grid_generator", "");
  try { return wrap(op(ID_cudnn_affine_grid_generator, th(theta, "theta"), N, C, H, W)); } catch (e) { throw fail(e, ["*theta","N","C","H","W"], [theta, N, C, H, W]); }
}

let ID_cudnn_affine_grid_generator_backward = -1;
/** `aten::cudnn_affine_grid_generator_backward(Tensor grad, int N, int C, int H, int W) -> Tensor grad_theta` */
export function cudnn_affine_grid_generator_backward(grad: Tensor, N: number, C: number, H: number, W: number): Tensor {
  if (ID_cudnn_affine_grid_generator_backward < 0) ID_cudnn_affine_grid_generator_backward = resolve("aten::cudnn_affine_grid_generator_backward", "");
  try { return wrap(op(ID_cudnn_affine_grid_generator_backward, th(grad, "grad"), N, C, H, W)); } catch (e) { throw fail(e, ["*grad","N","C","H","W"], [grad, N, C, H, W]); }
}

let ID_cudnn_batch_norm = -1;
/** `aten::cudnn_batch_norm(Tensor input, Tensor weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float exponential_average_factor, float epsilon) -> (Tensor, Tensor, Tensor, Tensor)` */
export function cudnn_batch_norm(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, training: boolean, exponential_average_factor: number, epsilon: number): [Tensor, Tensor, Tensor, Tensor] {
  if (ID_cudnn_batch_norm < 0) ID_cudnn_batch_norm = resolve("aten::cudnn_batch_norm", "");
  let r: unknown[];
  try { r = op(ID_cudnn_batch_norm, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), training, exponential_average_factor, epsilon) as unknown[]; } catch (e) { throw fail(e, ["*input","*weight","*bias","*running_mean","*running_var","training","exponential_average_factor","epsilon"], [input, weight, bias, running_mean, running_var, training, exponential_average_factor, epsilon]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID_cudnn_batch_norm_backward = -1;
/** `aten::cudnn_batch_norm_backward(Tensor input, Tensor grad_output, Tensor weight, Tensor? running_mean, Tensor? running_var, Tensor? save_mean, Tensor? save_var, float epsilon, Tensor reserveSpace) -> (Tensor, Tensor, Tensor)` */
export function cudnn_batch_norm_backward(input: Tensor, grad_output: Tensor, weight: Tensor, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, save_mean: Tensor | null | undefined, save_var: Tensor | null | undefined, epsilon: number, reserveSpace: Tensor): [Tensor, Tensor, Tensor] {
  if (ID_cudnn_batch_norm_backward < 0) ID_cudnn_batch_norm_backward = resolve("aten::cudnn_batch_norm_backward", "");
  let r: unknown[];
  try { r = op(ID_cudnn_batch_norm_backward, th(input, "input"), th(grad_output, "grad_output"), th(weight, "weight"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), oth(save_mean, "save_mean"), oth(save_var, "save_var"), epsilon, th(reserveSpace, "reserveSpace")) as unknown[]; } catch (e) { throw fail(e, ["*input","*grad_output","*weight","*running_mean","*running_var","*save_mean","*save_var","epsilon","*reserveSpace"], [input, grad_output, weight, running_mean, running_var, save_mean, save_var, epsilon, reserveSpace]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_cudnn_convolution = -1;
/** `aten::cudnn_convolution(Tensor self, Tensor weight, int[] padding, int[] stride, int[] dilation, int groups, bool benchmark, bool deterministic, bool allow_tf32) -> Tensor` */
export function cudnn_convolution(self: Tensor, weight: Tensor, padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, benchmark: boolean, deterministic: boolean, allow_tf32: boolean): Tensor {
  if (ID_cudnn_convolution < 0) ID_cudnn_convolution = resolve("aten::cudnn_convolution", "");
  try { return wrap(op(ID_cudnn_convolution, th(self, "self"), th(weight, "weight"), padding, stride, dilation, groups, benchmark, deterministic, allow_tf32)); } catch (e) { throw fail(e, ["*self","*weight","padding","stride","dilation","groups","benchmark","deterministic","allow_tf32"], [self, weight, padding, stride, dilation, groups, benchmark, deterministic, allow_tf32]); }
}

let ID_cudnn_convolution_add_relu = -1;
/** `aten::cudnn_convolution_add_relu(Tensor self, Tensor weight, Tensor z, Scalar? alpha, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor` */
export function cudnn_convolution_add_relu(self: Tensor, weight: Tensor, z: Tensor, alpha: Scalar | null | undefined, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID_cudnn_convolution_add_relu < 0) ID_cudnn_convolution_add_relu = resolve("aten::cudnn_convolution_add_relu", "");
  try { return wrap(op(ID_cudnn_convolution_add_relu, th(self, "self"), th(weight, "weight"), th(z, "z"), alpha, oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","*z","alpha","*bias","stride","padding","dilation","groups"], [self, weight, z, alpha, bias, stride, padding, dilation, groups]); }
}

let ID_cudnn_convolution_relu = -1;
/** `aten::cudnn_convolution_relu(Tensor self, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor` */
export function cudnn_convolution_relu(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID_cudnn_convolution_relu < 0) ID_cudnn_convolution_relu = resolve("aten::cudnn_convolution_relu", "");
  try { return wrap(op(ID_cudnn_convolution_relu, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","*bias","stride","padding","dilation","groups"], [self, weight, bias, stride, padding, dilation, groups]); }
}

let ID_cudnn_convolution_transpose = -1;
/** `aten::cudnn_convolution_transpose(Tensor self, Tensor weight, int[] padding, int[] output_padding, int[] stride, int[] dilation, int groups, bool benchmark, bool deterministic, bool allow_tf32) -> Tensor` */
export function cudnn_convolution_transpose(self: Tensor, weight: Tensor, padding: number | number[], output_padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, benchmark: boolean, deterministic: boolean, allow_tf32: boolean): Tensor {
  if (ID_cudnn_convolution_transpose < 0) ID_cudnn_convolution_transpose = resolve("aten::cudnn_convolution_transpose", "");
  try { return wrap(op(ID_cudnn_convolution_transpose, th(self, "self"), th(weight, "weight"), padding, output_padding, stride, dilation, groups, benchmark, deterministic, allow_tf32)); } catch (e) { throw fail(e, ["*self","*weight","padding","output_padding","stride","dilation","groups","benchmark","deterministic","allow_tf32"], [self, weight, padding, output_padding, stride, dilation, groups, benchmark, deterministic, allow_tf32]); }
}

let ID_cudnn_grid_sampler = -1;
/** `aten::cudnn_grid_sampler(Tensor self, Tensor grid) -> Tensor output` */
export function cudnn_grid_sampler(self: Tensor, grid: Tensor): Tensor {
  if (ID_cudnn_grid_sampler < 0) ID_cudnn_grid_sampler = resolve("aten::cudnn_grid_sampler", "");
  try { return wrap(op(ID_cudnn_grid_sampler, th(self, "self"), th(grid, "grid"))); } catch (e) { throw fail(e, ["*self","*grid"], [self, grid]); }
}

let ID_cudnn_grid_sampler_backward = -1;
/** `aten::cudnn_grid_sampler_backward(Tensor self, Tensor grid, Tensor grad_output) -> (Tensor grad_self, Tensor grad_grid)` */
export function cudnn_grid_sampler_backward(self: Tensor, grid: Tensor, grad_output: Tensor): [Tensor, Tensor] {
  if (ID_cudnn_grid_sampler_backward < 0) ID_cudnn_grid_sampler_backward = resolve("aten::cudnn_grid_sampler_backward", "");
  let r: unknown[];
  try { r = op(ID_cudnn_grid_sampler_backward, th(self, "self"), th(grid, "grid"), th(grad_output, "grad_output")) as unknown[]; } catch (e) { throw fail(e, ["*self","*grid","*grad_output"], [self, grid, grad_output]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_cudnn_is_acceptable = -1;
/** `aten::cudnn_is_acceptable(Tensor self) -> bool` */
export function cudnn_is_acceptable(self: Tensor): boolean {
  if (ID_cudnn_is_acceptable < 0) ID_cudnn_is_acceptable = resolve("aten::cudnn_is_acceptable", "");
  try { return op(ID_cudnn_is_acceptable, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_cummax = -1;
/** `aten::cummax(Tensor self, int dim) -> (Tensor values, Tensor indices)` */
export function cummax(self: Tensor, dim: number): [Tensor, Tensor] {
  if (ID_cummax < 0) ID_cummax = resolve("aten::cummax", "");
  let r: unknown[];
  try { r = op(ID_cummax, th(self, "self"), dim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_cummax_dimname = -1;
/** `aten::cummax.dimname(Tensor self, str dim) -> (Tensor values, Tensor indices)` */
export function cummax_dimname(self: Tensor, dim: string): [Tensor, Tensor] {
  if (ID_cummax_dimname < 0) ID_cummax_dimname = resolve("aten::cummax", "dimname");
  let r: unknown[];
  try { r = op(ID_cummax_dimname, th(self, "self"), dim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_cummaxmin_backward = -1;
/** `aten::cummaxmin_backward(Tensor grad, Tensor input, Tensor indices, int dim) -> Tensor` */
export function cummaxmin_backward(grad: Tensor, input: Tensor, indices: Tensor, dim: number): Tensor {
  if (ID_cummaxmin_backward < 0) ID_cummaxmin_backward = resolve("aten::cummaxmin_backward", "");
  try { return wrap(op(ID_cummaxmin_backward, th(grad, "grad"), th(input, "input"), th(indices, "indices"), dim)); } catch (e) { throw fail(e, ["*grad","*input","*indices","dim"], [grad, input, indices, dim]); }
}

let ID_cummin = -1;
/** `aten::cummin(Tensor self, int dim) -> (Tensor values, Tensor indices)` */
export function cummin(self: Tensor, dim: number): [Tensor, Tensor] {
  if (ID_cummin < 0) ID_cummin = resolve("aten::cummin", "");
  let r: unknown[];
  try { r = op(ID_cummin, th(self, "self"), dim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_cummin_dimname = -1;
/** `aten::cummin.dimname(Tensor self, str dim) -> (Tensor values, Tensor indices)` */
export function cummin_dimname(self: Tensor, dim: string): [Tensor, Tensor] {
  if (ID_cummin_dimname < 0) ID_cummin_dimname = resolve("aten::cummin", "dimname");
  let r: unknown[];
  try { r = op(ID_cummin_dimname, th(self, "self"), dim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_cumprod = -1;
/** `aten::cumprod(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor` */
export function cumprod(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_cumprod < 0) ID_cumprod = resolve("aten::cumprod", "");
  try { return wrap(op(ID_cumprod, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumprod_dimname = -1;
/** `aten::cumprod.dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor` */
export function cumprod_dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID_cumprod_dimname < 0) ID_cumprod_dimname = resolve("aten::cumprod", "dimname");
  try { return wrap(op(ID_cumprod_dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumprod_ = -1;
/** `aten::cumprod_(Tensor(a!) self, int dim, *, ScalarType? dtype=None) -> Tensor(a!)` */
export function cumprod_(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_cumprod_ < 0) ID_cumprod_ = resolve("aten::cumprod_", "");
  try { return wrap(op(ID_cumprod_, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumprod__dimname = -1;
/** `aten::cumprod_.dimname(Tensor(a!) self, str dim, *, ScalarType? dtype=None) -> Tensor(a!)` */
export function cumprod__dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID_cumprod__dimname < 0) ID_cumprod__dimname = resolve("aten::cumprod_", "dimname");
  try { return wrap(op(ID_cumprod__dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumprod_backward = -1;
/** `aten::cumprod_backward(Tensor grad, Tensor input, int dim, Tensor output) -> Tensor` */
export function cumprod_backward(grad: Tensor, input: Tensor, dim: number, output: Tensor): Tensor {
  if (ID_cumprod_backward < 0) ID_cumprod_backward = resolve("aten::cumprod_backward", "");
  try { return wrap(op(ID_cumprod_backward, th(grad, "grad"), th(input, "input"), dim, th(output, "output"))); } catch (e) { throw fail(e, ["*grad","*input","dim","*output"], [grad, input, dim, output]); }
}

let ID_cumsum = -1;
/** `aten::cumsum(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor` */
export function cumsum(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_cumsum < 0) ID_cumsum = resolve("aten::cumsum", "");
  try { return wrap(op(ID_cumsum, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumsum_dimname = -1;
/** `aten::cumsum.dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor` */
export function cumsum_dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID_cumsum_dimname < 0) ID_cumsum_dimname = resolve("aten::cumsum", "dimname");
  try { return wrap(op(ID_cumsum_dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumsum_ = -1;
/** `aten::cumsum_(Tensor(a!) self, int dim, *, ScalarType? dtype=None) -> Tensor(a!)` */
export function cumsum_(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_cumsum_ < 0) ID_cumsum_ = resolve("aten::cumsum_", "");
  try { return wrap(op(ID_cumsum_, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumsum__dimname = -1;
/** `aten::cumsum_.dimname(Tensor(a!) self, str dim, *, ScalarType? dtype=None) -> Tensor(a!)` */
export function cumsum__dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID_cumsum__dimname < 0) ID_cumsum__dimname = resolve("aten::cumsum_", "dimname");
  try { return wrap(op(ID_cumsum__dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_cumulative_trapezoid_dx = -1;
/** `aten::cumulative_trapezoid.dx(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor` */
export function cumulative_trapezoid_dx(y: Tensor, dx?: Scalar, dim?: number): Tensor {
  if (ID_cumulative_trapezoid_dx < 0) ID_cumulative_trapezoid_dx = resolve("aten::cumulative_trapezoid", "dx");
  try { return wrap(op(ID_cumulative_trapezoid_dx, th(y, "y"), dx, dim)); } catch (e) { throw fail(e, ["*y","dx","dim"], [y, dx, dim]); }
}

let ID_cumulative_trapezoid_x = -1;
/** `aten::cumulative_trapezoid.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor` */
export function cumulative_trapezoid_x(y: Tensor, x: Tensor, dim?: number): Tensor {
  if (ID_cumulative_trapezoid_x < 0) ID_cumulative_trapezoid_x = resolve("aten::cumulative_trapezoid", "x");
  try { return wrap(op(ID_cumulative_trapezoid_x, th(y, "y"), th(x, "x"), dim)); } catch (e) { throw fail(e, ["*y","*x","dim"], [y, x, dim]); }
}

let ID_data = -1;
/** `aten::data(Tensor self) -> Tensor` */
export function data(self: Tensor): Tensor {
  if (ID_data < 0) ID_data = resolve("aten::data", "");
  try { return wrap(op(ID_data, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_deg2rad = -1;
/** `aten::deg2rad(Tensor self) -> Tensor` */
export function deg2rad(self: Tensor): Tensor {
  if (ID_deg2rad < 0) ID_deg2rad = resolve("aten::deg2rad", "");
  try { return wrap(op(ID_deg2rad, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_deg2rad_ = -1;
/** `aten::deg2rad_(Tensor(a!) self) -> Tensor(a!)` */
export function deg2rad_(self: Tensor): Tensor {
  if (ID_deg2rad_ < 0) ID_deg2rad_ = resolve("aten::deg2rad_", "");
  try { return wrap(op(ID_deg2rad_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_dense_dim = -1;
/** `aten::dense_dim(Tensor self) -> int` */
export function dense_dim(self: Tensor): number {
  if (ID_dense_dim < 0) ID_dense_dim = resolve("aten::dense_dim", "");
  try { return op(ID_dense_dim, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_dequantize_self = -1;
/** `aten::dequantize.self(Tensor self) -> Tensor` */
export function dequantize_self(self: Tensor): Tensor {
  if (ID_dequantize_self < 0) ID_dequantize_self = resolve("aten::dequantize", "self");
  try { return wrap(op(ID_dequantize_self, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_dequantize_tensors = -1;
/** `aten::dequantize.tensors(Tensor[] tensors) -> Tensor[]` */
export function dequantize_tensors(tensors: Tensor[]): Tensor[] {
  if (ID_dequantize_tensors < 0) ID_dequantize_tensors = resolve("aten::dequantize", "tensors");
  try { return wrapList(op(ID_dequantize_tensors, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_det = -1;
/** `aten::det(Tensor self) -> Tensor` */
export function det(self: Tensor): Tensor {
  if (ID_det < 0) ID_det = resolve("aten::det", "");
  try { return wrap(op(ID_det, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_detach = -1;
/** `aten::detach(Tensor(a) self) -> Tensor(a)` */
export function detach(self: Tensor): Tensor {
  if (ID_detach < 0) ID_detach = resolve("aten::detach", "");
  try { return wrap(op(ID_detach, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_detach_ = -1;
/** `aten::detach_(Tensor(a!) self) -> Tensor(a!)` */
export function detach_(self: Tensor): Tensor {
  if (ID_detach_ < 0) ID_detach_ = resolve("aten::detach_", "");
  try { return wrap(op(ID_detach_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_detach_copy = -1;
/** `aten::detach_copy(Tensor self) -> Tensor` */
export function detach_copy(self: Tensor): Tensor {
  if (ID_detach_copy < 0) ID_detach_copy = resolve("aten::detach_copy", "");
  try { return wrap(op(ID_detach_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_diag = -1;
/** `aten::diag(Tensor self, int diagonal=0) -> Tensor` */
export function diag(self: Tensor, diagonal?: number): Tensor {
  if (ID_diag < 0) ID_diag = resolve("aten::diag", "");
  try { return wrap(op(ID_diag, th(self, "self"), diagonal)); } catch (e) { throw fail(e, ["*self","diagonal"], [self, diagonal]); }
}

let ID_diag_backward = -1;
/** `aten::diag_backward(Tensor grad, SymInt[] input_sizes, int diagonal) -> Tensor` */
export function diag_backward(grad: Tensor, input_sizes: number | number[], diagonal: number): Tensor {
  if (ID_diag_backward < 0) ID_diag_backward = resolve("aten::diag_backward", "");
  try { return wrap(op(ID_diag_backward, th(grad, "grad"), input_sizes, diagonal)); } catch (e) { throw fail(e, ["*grad","input_sizes","diagonal"], [grad, input_sizes, diagonal]); }
}

let ID_diag_embed = -1;
/** `aten::diag_embed(Tensor self, int offset=0, int dim1=-2, int dim2=-1) -> Tensor` */
export function diag_embed(self: Tensor, offset?: number, dim1?: number, dim2?: number): Tensor {
  if (ID_diag_embed < 0) ID_diag_embed = resolve("aten::diag_embed", "");
  try { return wrap(op(ID_diag_embed, th(self, "self"), offset, dim1, dim2)); } catch (e) { throw fail(e, ["*self","offset","dim1","dim2"], [self, offset, dim1, dim2]); }
}

let ID_diagflat = -1;
/** `aten::diagflat(Tensor self, int offset=0) -> Tensor` */
export function diagflat(self: Tensor, offset?: number): Tensor {
  if (ID_diagflat < 0) ID_diagflat = resolve("aten::diagflat", "");
  try { return wrap(op(ID_diagflat, th(self, "self"), offset)); } catch (e) { throw fail(e, ["*self","offset"], [self, offset]); }
}

let ID_diagonal = -1;
/** `aten::diagonal(Tensor(a) self, int offset=0, int dim1=0, int dim2=1) -> Tensor(a)` */
export function diagonal(self: Tensor, offset?: number, dim1?: number, dim2?: number): Tensor {
  if (ID_diagonal < 0) ID_diagonal = resolve("aten::diagonal", "");
  try { return wrap(op(ID_diagonal, th(self, "self"), offset, dim1, dim2)); } catch (e) { throw fail(e, ["*self","offset","dim1","dim2"], [self, offset, dim1, dim2]); }
}

let ID_diagonal_Dimname = -1;
/** `aten::diagonal.Dimname(Tensor(a) self, *, str outdim, str dim1, str dim2, int offset=0) -> Tensor(a)` */
export function diagonal_Dimname(self: Tensor, outdim: string, dim1: string, dim2: string, offset?: number): Tensor {
  if (ID_diagonal_Dimname < 0) ID_diagonal_Dimname = resolve("aten::diagonal", "Dimname");
  try { return wrap(op(ID_diagonal_Dimname, th(self, "self"), outdim, dim1, dim2, offset)); } catch (e) { throw fail(e, ["*self","outdim","dim1","dim2","offset"], [self, outdim, dim1, dim2, offset]); }
}

let ID_diagonal_backward = -1;
/** `aten::diagonal_backward(Tensor grad_output, SymInt[] input_sizes, int offset, int dim1, int dim2) -> Tensor` */
export function diagonal_backward(grad_output: Tensor, input_sizes: number | number[], offset: number, dim1: number, dim2: number): Tensor {
  if (ID_diagonal_backward < 0) ID_diagonal_backward = resolve("aten::diagonal_backward", "");
  try { return wrap(op(ID_diagonal_backward, th(grad_output, "grad_output"), input_sizes, offset, dim1, dim2)); } catch (e) { throw fail(e, ["*grad_output","input_sizes","offset","dim1","dim2"], [grad_output, input_sizes, offset, dim1, dim2]); }
}

let ID_diagonal_copy = -1;
/** `aten::diagonal_copy(Tensor self, int offset=0, int dim1=0, int dim2=1) -> Tensor` */
export function diagonal_copy(self: Tensor, offset?: number, dim1?: number, dim2?: number): Tensor {
  if (ID_diagonal_copy < 0) ID_diagonal_copy = resolve("aten::diagonal_copy", "");
  try { return wrap(op(ID_diagonal_copy, th(self, "self"), offset, dim1, dim2)); } catch (e) { throw fail(e, ["*self","offset","dim1","dim2"], [self, offset, dim1, dim2]); }
}

let ID_diagonal_scatter = -1;
/** `aten::diagonal_scatter(Tensor self, Tensor src, int offset=0, int dim1=0, int dim2=1) -> Tensor` */
export function diagonal_scatter(self: Tensor, src: Tensor, offset?: number, dim1?: number, dim2?: number): Tensor {
  if (ID_diagonal_scatter < 0) ID_diagonal_scatter = resolve("aten::diagonal_scatter", "");
  try { return wrap(op(ID_diagonal_scatter, th(self, "self"), th(src, "src"), offset, dim1, dim2)); } catch (e) { throw fail(e, ["*self","*src","offset","dim1","dim2"], [self, src, offset, dim1, dim2]); }
}

let ID_diff = -1;
/** `aten::diff(Tensor self, int n=1, int dim=-1, Tensor? prepend=None, Tensor? append=None) -> Tensor` */
export function diff(self: Tensor, n?: number, dim?: number, prepend?: Tensor | null, append?: Tensor | null): Tensor {
  if (ID_diff < 0) ID_diff = resolve("aten::diff", "");
  try { return wrap(op(ID_diff, th(self, "self"), n, dim, oth(prepend, "prepend"), oth(append, "append"))); } catch (e) { throw fail(e, ["*self","n","dim","*prepend","*append"], [self, n, dim, prepend, append]); }
}

let ID_digamma = -1;
/** `aten::digamma(Tensor self) -> Tensor` */
export function digamma(self: Tensor): Tensor {
  if (ID_digamma < 0) ID_digamma = resolve("aten::digamma", "");
  try { return wrap(op(ID_digamma, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_digamma_ = -1;
/** `aten::digamma_(Tensor(a!) self) -> Tensor(a!)` */
export function digamma_(self: Tensor): Tensor {
  if (ID_digamma_ < 0) ID_digamma_ = resolve("aten::digamma_", "");
  try { return wrap(op(ID_digamma_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_dist = -1;
/** `aten::dist(Tensor self, Tensor other, Scalar p=2) -> Tensor` */
export function dist(self: Tensor, other: Tensor, p?: Scalar): Tensor {
  if (ID_dist < 0) ID_dist = resolve("aten::dist", "");
  try { return wrap(op(ID_dist, th(self, "self"), th(other, "other"), p)); } catch (e) { throw fail(e, ["*self","*other","p"], [self, other, p]); }
}

let ID_div_Scalar = -1;
/** `aten::div.Scalar(Tensor self, Scalar other) -> Tensor` */
export function div_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_div_Scalar < 0) ID_div_Scalar = resolve("aten::div", "Scalar");
  try { return wrap(op(ID_div_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_div_Scalar_mode = -1;
/** `aten::div.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor` */
export function div_Scalar_mode(self: Tensor, other: Scalar, rounding_mode?: string | null): Tensor {
  if (ID_div_Scalar_mode < 0) ID_div_Scalar_mode = resolve("aten::div", "Scalar_mode");
  try { return wrap(op(ID_div_Scalar_mode, th(self, "self"), other, rounding_mode)); } catch (e) { throw fail(e, ["*self","other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_div_Tensor = -1;
/** `aten::div.Tensor(Tensor self, Tensor other) -> Tensor` */
export function div_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_div_Tensor < 0) ID_div_Tensor = resolve("aten::div", "Tensor");
  try { return wrap(op(ID_div_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_div_Tensor_mode = -1;
/** `aten::div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor` */
export function div_Tensor_mode(self: Tensor, other: Tensor, rounding_mode?: string | null): Tensor {
  if (ID_div_Tensor_mode < 0) ID_div_Tensor_mode = resolve("aten::div", "Tensor_mode");
  try { return wrap(op(ID_div_Tensor_mode, th(self, "self"), th(other, "other"), rounding_mode)); } catch (e) { throw fail(e, ["*self","*other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_div__Scalar = -1;
/** `aten::div_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function div__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_div__Scalar < 0) ID_div__Scalar = resolve("aten::div_", "Scalar");
  try { return wrap(op(ID_div__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_div__Scalar_mode = -1;
/** `aten::div_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)` */
export function div__Scalar_mode(self: Tensor, other: Scalar, rounding_mode?: string | null): Tensor {
  if (ID_div__Scalar_mode < 0) ID_div__Scalar_mode = resolve("aten::div_", "Scalar_mode");
  try { return wrap(op(ID_div__Scalar_mode, th(self, "self"), other, rounding_mode)); } catch (e) { throw fail(e, ["*self","other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_div__Tensor = -1;
/** `aten::div_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function div__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_div__Tensor < 0) ID_div__Tensor = resolve("aten::div_", "Tensor");
  try { return wrap(op(ID_div__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_div__Tensor_mode = -1;
/** `aten::div_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)` */
export function div__Tensor_mode(self: Tensor, other: Tensor, rounding_mode?: string | null): Tensor {
  if (ID_div__Tensor_mode < 0) ID_div__Tensor_mode = resolve("aten::div_", "Tensor_mode");
  try { return wrap(op(ID_div__Tensor_mode, th(self, "self"), th(other, "other"), rounding_mode)); } catch (e) { throw fail(e, ["*self","*other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_divide_Scalar = -1;
/** `aten::divide.Scalar(Tensor self, Scalar other) -> Tensor` */
export function divide_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_divide_Scalar < 0) ID_divide_Scalar = resolve("aten::divide", "Scalar");
  try { return wrap(op(ID_divide_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_divide_Scalar_mode = -1;
/** `aten::divide.Scalar_mode(Tensor self, Scalar other, *, str? rounding_mode) -> Tensor` */
export function divide_Scalar_mode(self: Tensor, other: Scalar, rounding_mode?: string | null): Tensor {
  if (ID_divide_Scalar_mode < 0) ID_divide_Scalar_mode = resolve("aten::divide", "Scalar_mode");
  try { return wrap(op(ID_divide_Scalar_mode, th(self, "self"), other, rounding_mode)); } catch (e) { throw fail(e, ["*self","other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_divide_Tensor = -1;
/** `aten::divide.Tensor(Tensor self, Tensor other) -> Tensor` */
export function divide_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_divide_Tensor < 0) ID_divide_Tensor = resolve("aten::divide", "Tensor");
  try { return wrap(op(ID_divide_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_divide_Tensor_mode = -1;
/** `aten::divide.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor` */
export function divide_Tensor_mode(self: Tensor, other: Tensor, rounding_mode?: string | null): Tensor {
  if (ID_divide_Tensor_mode < 0) ID_divide_Tensor_mode = resolve("aten::divide", "Tensor_mode");
  try { return wrap(op(ID_divide_Tensor_mode, th(self, "self"), th(other, "other"), rounding_mode)); } catch (e) { throw fail(e, ["*self","*other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_divide__Scalar = -1;
/** `aten::divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function divide__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_divide__Scalar < 0) ID_divide__Scalar = resolve("aten::divide_", "Scalar");
  try { return wrap(op(ID_divide__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_divide__Scalar_mode = -1;
/** `aten::divide_.Scalar_mode(Tensor(a!) self, Scalar other, *, str? rounding_mode) -> Tensor(a!)` */
export function divide__Scalar_mode(self: Tensor, other: Scalar, rounding_mode?: string | null): Tensor {
  if (ID_divide__Scalar_mode < 0) ID_divide__Scalar_mode = resolve("aten::divide_", "Scalar_mode");
  try { return wrap(op(ID_divide__Scalar_mode, th(self, "self"), other, rounding_mode)); } catch (e) { throw fail(e, ["*self","other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_divide__Tensor = -1;
/** `aten::divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function divide__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_divide__Tensor < 0) ID_divide__Tensor = resolve("aten::divide_", "Tensor");
  try { return wrap(op(ID_divide__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_divide__Tensor_mode = -1;
/** `aten::divide_.Tensor_mode(Tensor(a!) self, Tensor other, *, str? rounding_mode) -> Tensor(a!)` */
export function divide__Tensor_mode(self: Tensor, other: Tensor, rounding_mode?: string | null): Tensor {
  if (ID_divide__Tensor_mode < 0) ID_divide__Tensor_mode = resolve("aten::divide_", "Tensor_mode");
  try { return wrap(op(ID_divide__Tensor_mode, th(self, "self"), th(other, "other"), rounding_mode)); } catch (e) { throw fail(e, ["*self","*other","rounding_mode"], [self, other, rounding_mode]); }
}

let ID_dot = -1;
/** `aten::dot(Tensor self, Tensor tensor) -> Tensor` */
export function dot(self: Tensor, tensor: Tensor): Tensor {
  if (ID_dot < 0) ID_dot = resolve("aten::dot", "");
  try { return wrap(op(ID_dot, th(self, "self"), th(tensor, "tensor"))); } catch (e) { throw fail(e, ["*self","*tensor"], [self, tensor]); }
}

let ID_dropout = -1;
/** `aten::dropout(Tensor input, float p, bool train) -> Tensor` */
export function dropout(input: Tensor, p: number, train: boolean): Tensor {
  if (ID_dropout < 0) ID_dropout = resolve("aten::dropout", "");
  try { return wrap(op(ID_dropout, th(input, "input"), p, train)); } catch (e) { throw fail(e, ["*input","p","train"], [input, p, train]); }
}

let ID_dropout_ = -1;
/** `aten::dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)` */
export function dropout_(self: Tensor, p: number, train: boolean): Tensor {
  if (ID_dropout_ < 0) ID_dropout_ = resolve("aten::dropout_", "");
  try { return wrap(op(ID_dropout_, th(self, "self"), p, train)); } catch (e) { throw fail(e, ["*self","p","train"], [self, p, train]); }
}

let ID_dsplit_array = -1;
/** `aten::dsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]` */
export function dsplit_array(self: Tensor, indices: number | number[]): Tensor[] {
  if (ID_dsplit_array < 0) ID_dsplit_array = resolve("aten::dsplit", "array");
  try { return wrapList(op(ID_dsplit_array, th(self, "self"), indices)); } catch (e) { throw fail(e, ["*self","indices"], [self, indices]); }
}

let ID_dsplit_int = -1;
/** `aten::dsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]` */
export function dsplit_int(self: Tensor, sections: number): Tensor[] {
  if (ID_dsplit_int < 0) ID_dsplit_int = resolve("aten::dsplit", "int");
  try { return wrapList(op(ID_dsplit_int, th(self, "self"), sections)); } catch (e) { throw fail(e, ["*self","sections"], [self, sections]); }
}

let ID_dstack = -1;
/** `aten::dstack(Tensor[] tensors) -> Tensor` */
export function dstack(tensors: Tensor[]): Tensor {
  if (ID_dstack < 0) ID_dstack = resolve("aten::dstack", "");
  try { return wrap(op(ID_dstack, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_einsum = -1;
/** `aten::einsum(str equation, Tensor[] tensors, *, int[]? path=None) -> Tensor` */
export function einsum(equation: string, tensors: Tensor[], path?: number | number[] | null): Tensor {
  if (ID_einsum < 0) ID_einsum = resolve("aten::einsum", "");
  try { return wrap(op(ID_einsum, equation, ths(tensors, "tensors"), path)); } catch (e) { throw fail(e, ["equation","tensors","path"], [equation, tensors, path]); }
}

let ID_elu = -1;
/** `aten::elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor` */
export function elu(self: Tensor, alpha?: Scalar, scale?: Scalar, input_scale?: Scalar): Tensor {
  if (ID_elu < 0) ID_elu = resolve("aten::elu", "");
  try { return wrap(op(ID_elu, th(self, "self"), alpha, scale, input_scale)); } catch (e) { throw fail(e, ["*self","alpha","scale","input_scale"], [self, alpha, scale, input_scale]); }
}

let ID_elu_ = -1;
/** `aten::elu_(Tensor(a!) self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor(a!)` */
export function elu_(self: Tensor, alpha?: Scalar, scale?: Scalar, input_scale?: Scalar): Tensor {
  if (ID_elu_ < 0) ID_elu_ = resolve("aten::elu_", "");
  try { return wrap(op(ID_elu_, th(self, "self"), alpha, scale, input_scale)); } catch (e) { throw fail(e, ["*self","alpha","scale","input_scale"], [self, alpha, scale, input_scale]); }
}

let ID_elu_backward = -1;
/** `aten::elu_backward(Tensor grad_output, Scalar alpha, Scalar scale, Scalar input_scale, bool is_result, Tensor self_or_result) -> Tensor` */
export function elu_backward(grad_output: Tensor, alpha: Scalar, scale: Scalar, input_scale: Scalar, is_result: boolean, self_or_result: Tensor): Tensor {
  if (ID_elu_backward < 0) ID_elu_backward = resolve("aten::elu_backward", "");
  try { return wrap(op(ID_elu_backward, th(grad_output, "grad_output"), alpha, scale, input_scale, is_result, th(self_or_result, "self_or_result"))); } catch (e) { throw fail(e, ["*grad_output","alpha","scale","input_scale","is_result","*self_or_result"], [grad_output, alpha, scale, input_scale, is_result, self_or_result]); }
}

let ID_embedding = -1;
/** `aten::embedding(Tensor weight, Tensor indices, int padding_idx=-1, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor` */
export function embedding(weight: Tensor, indices: Tensor, padding_idx?: number, scale_grad_by_freq?: boolean, sparse?: boolean): Tensor {
  if (ID_embedding < 0) ID_embedding = resolve("aten::embedding", "");
  try { return wrap(op(ID_embedding, th(weight, "weight"), th(indices, "indices"), padding_idx, scale_grad_by_freq, sparse)); } catch (e) { throw fail(e, ["*weight","*indices","padding_idx","scale_grad_by_freq","sparse"], [weight, indices, padding_idx, scale_grad_by_freq, sparse]); }
}

let ID_embedding_backward = -1;
/** `aten::embedding_backward(Tensor grad, Tensor indices, SymInt num_weights, int padding_idx, bool scale_grad_by_freq, bool sparse) -> Tensor` */
export function embedding_backward(grad: Tensor, indices: Tensor, num_weights: number, padding_idx: number, scale_grad_by_freq: boolean, sparse: boolean): Tensor {
  if (ID_embedding_backward < 0) ID_embedding_backward = resolve("aten::embedding_backward", "");
  try { return wrap(op(ID_embedding_backward, th(grad, "grad"), th(indices, "indices"), num_weights, padding_idx, scale_grad_by_freq, sparse)); } catch (e) { throw fail(e, ["*grad","*indices","num_weights","padding_idx","scale_grad_by_freq","sparse"], [grad, indices, num_weights, padding_idx, scale_grad_by_freq, sparse]); }
}

let ID_embedding_bag = -1;
/** `aten::embedding_bag(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq=False, int mode=0, bool sparse=False, Tensor? per_sample_weights=None, bool include_last_offset=False) -> (Tensor, Tensor, Tensor, Tensor)` */
export function embedding_bag(weight: Tensor, indices: Tensor, offsets: Tensor, scale_grad_by_freq?: boolean, mode?: number, sparse?: boolean, per_sample_weights?: Tensor | null, include_last_offset?: boolean): [Tensor, Tensor, Tensor, Tensor] {
  if (ID_embedding_bag < 0) ID_embedding_bag = resolve("aten::embedding_bag", "");
  let r: unknown[];
  try { r = op(ID_embedding_bag, th(weight, "weight"), th(indices, "indices"), th(offsets, "offsets"), scale_grad_by_freq, mode, sparse, oth(per_sample_weights, "per_sample_weights"), include_last_offset) as unknown[]; } catch (e) { throw fail(e, ["*weight","*indices","*offsets","scale_grad_by_freq","mode","sparse","*per_sample_weights","include_last_offset"], [weight, indices, offsets, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID_embedding_bag_padding_idx = -1;
/** `aten::embedding_bag.padding_idx(Tensor weight, Tensor indices, Tensor offsets, bool scale_grad_by_freq, int mode, bool sparse, Tensor? per_sample_weights, bool include_last_offset, int? padding_idx) -> (Tensor, Tensor, Tensor, Tensor)` */
export function embedding_bag_padding_idx(weight: Tensor, indices: Tensor, offsets: Tensor, scale_grad_by_freq: boolean, mode: number, sparse: boolean, per_sample_weights: Tensor | null | undefined, include_last_offset: boolean, padding_idx?: number | null): [Tensor, Tensor, Tensor, Tensor] {
  if (ID_embedding_bag_padding_idx < 0) ID_embedding_bag_padding_idx = resolve("aten::embedding_bag", "padding_idx");
  let r: unknown[];
  try { r = op(ID_embedding_bag_padding_idx, th(weight, "weight"), th(indices, "indices"), th(offsets, "offsets"), scale_grad_by_freq, mode, sparse, oth(per_sample_weights, "per_sample_weights"), include_last_offset, padding_idx) as unknown[]; } catch (e) { throw fail(e, ["*weight","*indices","*offsets","scale_grad_by_freq","mode","sparse","*per_sample_weights","include_last_offset","padding_idx"], [weight, indices, offsets, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset, padding_idx]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID_embedding_dense_backward = -1;
/** `aten::embedding_dense_backward(Tensor grad_output, Tensor indices, SymInt num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor` */
export function embedding_dense_backward(grad_output: Tensor, indices: Tensor, num_weights: number, padding_idx: number, scale_grad_by_freq: boolean): Tensor {
  if (ID_embedding_dense_backward < 0) ID_embedding_dense_backward = resolve("aten::embedding_dense_backward", "");
  try { return wrap(op(ID_embedding_dense_backward, th(grad_output, "grad_output"), th(indices, "indices"), num_weights, padding_idx, scale_grad_by_freq)); } catch (e) { throw fail(e, ["*grad_output","*indices","num_weights","padding_idx","scale_grad_by_freq"], [grad_output, indices, num_weights, padding_idx, scale_grad_by_freq]); }
}

let ID_embedding_renorm = -1;
/** `aten::embedding_renorm(Tensor self, Tensor indices, float max_norm, float norm_type) -> Tensor` */
export function embedding_renorm(self: Tensor, indices: Tensor, max_norm: number, norm_type: number): Tensor {
  if (ID_embedding_renorm < 0) ID_embedding_renorm = resolve("aten::embedding_renorm", "");
  try { return wrap(op(ID_embedding_renorm, th(self, "self"), th(indices, "indices"), max_norm, norm_type)); } catch (e) { throw fail(e, ["*self","*indices","max_norm","norm_type"], [self, indices, max_norm, norm_type]); }
}

let ID_embedding_renorm_ = -1;
/** `aten::embedding_renorm_(Tensor(a!) self, Tensor indices, float max_norm, float norm_type) -> Tensor(a!)` */
export function embedding_renorm_(self: Tensor, indices: Tensor, max_norm: number, norm_type: number): Tensor {
  if (ID_embedding_renorm_ < 0) ID_embedding_renorm_ = resolve("aten::embedding_renorm_", "");
  try { return wrap(op(ID_embedding_renorm_, th(self, "self"), th(indices, "indices"), max_norm, norm_type)); } catch (e) { throw fail(e, ["*self","*indices","max_norm","norm_type"], [self, indices, max_norm, norm_type]); }
}

let ID_embedding_sparse_backward = -1;
/** `aten::embedding_sparse_backward(Tensor grad, Tensor indices, int num_weights, int padding_idx, bool scale_grad_by_freq) -> Tensor` */
export function embedding_sparse_backward(grad: Tensor, indices: Tensor, num_weights: number, padding_idx: number, scale_grad_by_freq: boolean): Tensor {
  if (ID_embedding_sparse_backward < 0) ID_embedding_sparse_backward = resolve("aten::embedding_sparse_backward", "");
  try { return wrap(op(ID_embedding_sparse_backward, th(grad, "grad"), th(indices, "indices"), num_weights, padding_idx, scale_grad_by_freq)); } catch (e) { throw fail(e, ["*grad","*indices","num_weights","padding_idx","scale_grad_by_freq"], [grad, indices, num_weights, padding_idx, scale_grad_by_freq]); }
}

let ID_empty_memory_format = -1;
/** `aten::empty.memory_format(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function empty_memory_format(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_empty_memory_format < 0) ID_empty_memory_format = resolve("aten::empty", "memory_format");
  try { return wrap(op(ID_empty_memory_format, size, dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory","memory_format"], [size, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_empty_like = -1;
/** `aten::empty_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function empty_like(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_empty_like < 0) ID_empty_like = resolve("aten::empty_like", "");
  try { return wrap(op(ID_empty_like, th(self, "self"), dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","memory_format"], [self, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_empty_quantized = -1;
/** `aten::empty_quantized(int[] size, Tensor qtensor, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function empty_quantized(size: number | number[], qtensor: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_empty_quantized < 0) ID_empty_quantized = resolve("aten::empty_quantized", "");
  try { return wrap(op(ID_empty_quantized, size, th(qtensor, "qtensor"), dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["size","*qtensor","dtype","layout","device","pin_memory","memory_format"], [size, qtensor, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_empty_strided = -1;
/** `aten::empty_strided(SymInt[] size, SymInt[] stride, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function empty_strided(size: number | number[], stride: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_empty_strided < 0) ID_empty_strided = resolve("aten::empty_strided", "");
  try { return wrap(op(ID_empty_strided, size, stride, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","stride","dtype","layout","device","pin_memory"], [size, stride, dtype, layout, device, pin_memory]); }
}

let ID_eq_Scalar = -1;
/** `aten::eq.Scalar(Tensor self, Scalar other) -> Tensor` */
export function eq_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_eq_Scalar < 0) ID_eq_Scalar = resolve("aten::eq", "Scalar");
  try { return wrap(op(ID_eq_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_eq_Tensor = -1;
/** `aten::eq.Tensor(Tensor self, Tensor other) -> Tensor` */
export function eq_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_eq_Tensor < 0) ID_eq_Tensor = resolve("aten::eq", "Tensor");
  try { return wrap(op(ID_eq_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_eq__Scalar = -1;
/** `aten::eq_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function eq__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_eq__Scalar < 0) ID_eq__Scalar = resolve("aten::eq_", "Scalar");
  try { return wrap(op(ID_eq__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_eq__Tensor = -1;
/** `aten::eq_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function eq__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_eq__Tensor < 0) ID_eq__Tensor = resolve("aten::eq_", "Tensor");
  try { return wrap(op(ID_eq__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_equal = -1;
/** `aten::equal(Tensor self, Tensor other) -> bool` */
export function equal(self: Tensor, other: Tensor): boolean {
  if (ID_equal < 0) ID_equal = resolve("aten::equal", "");
  try { return op(ID_equal, th(self, "self"), th(other, "other")) as boolean; } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_erf = -1;
/** `aten::erf(Tensor self) -> Tensor` */
export function erf(self: Tensor): Tensor {
  if (ID_erf < 0) ID_erf = resolve("aten::erf", "");
  try { return wrap(op(ID_erf, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_erf_ = -1;
/** `aten::erf_(Tensor(a!) self) -> Tensor(a!)` */
export function erf_(self: Tensor): Tensor {
  if (ID_erf_ < 0) ID_erf_ = resolve("aten::erf_", "");
  try { return wrap(op(ID_erf_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_erfc = -1;
/** `aten::erfc(Tensor self) -> Tensor` */
export function erfc(self: Tensor): Tensor {
  if (ID_erfc < 0) ID_erfc = resolve("aten::erfc", "");
  try { return wrap(op(ID_erfc, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_erfc_ = -1;
/** `aten::erfc_(Tensor(a!) self) -> Tensor(a!)` */
export function erfc_(self: Tensor): Tensor {
  if (ID_erfc_ < 0) ID_erfc_ = resolve("aten::erfc_", "");
  try { return wrap(op(ID_erfc_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_erfinv = -1;
/** `aten::erfinv(Tensor self) -> Tensor` */
export function erfinv(self: Tensor): Tensor {
  if (ID_erfinv < 0) ID_erfinv = resolve("aten::erfinv", "");
  try { return wrap(op(ID_erfinv, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_erfinv_ = -1;
/** `aten::erfinv_(Tensor(a!) self) -> Tensor(a!)` */
export function erfinv_(self: Tensor): Tensor {
  if (ID_erfinv_ < 0) ID_erfinv_ = resolve("aten::erfinv_", "");
  try { return wrap(op(ID_erfinv_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_exp = -1;
/** `aten::exp(Tensor self) -> Tensor` */
export function exp(self: Tensor): Tensor {
  if (ID_exp < 0) ID_exp = resolve("aten::exp", "");
  try { return wrap(op(ID_exp, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_exp2 = -1;
/** `aten::exp2(Tensor self) -> Tensor` */
export function exp2(self: Tensor): Tensor {
  if (ID_exp2 < 0) ID_exp2 = resolve("aten::exp2", "");
  try { return wrap(op(ID_exp2, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_exp2_ = -1;
/** `aten::exp2_(Tensor(a!) self) -> Tensor(a!)` */
export function exp2_(self: Tensor): Tensor {
  if (ID_exp2_ < 0) ID_exp2_ = resolve("aten::exp2_", "");
  try { return wrap(op(ID_exp2_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_exp_ = -1;
/** `aten::exp_(Tensor(a!) self) -> Tensor(a!)` */
export function exp_(self: Tensor): Tensor {
  if (ID_exp_ < 0) ID_exp_ = resolve("aten::exp_", "");
  try { return wrap(op(ID_exp_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_expand = -1;
/** `aten::expand(Tensor(a) self, SymInt[] size, *, bool implicit=False) -> Tensor(a)` */
export function expand(self: Tensor, size: number | number[], implicit?: boolean): Tensor {
  if (ID_expand < 0) ID_expand = resolve("aten::expand", "");
  try { return wrap(op(ID_expand, th(self, "self"), size, implicit)); } catch (e) { throw fail(e, ["*self","size","implicit"], [self, size, implicit]); }
}

let ID_expand_as = -1;
/** `aten::expand_as(Tensor(a) self, Tensor other) -> Tensor(a)` */
export function expand_as(self: Tensor, other: Tensor): Tensor {
  if (ID_expand_as < 0) ID_expand_as = resolve("aten::expand_as", "");
  try { return wrap(op(ID_expand_as, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_expand_copy = -1;
/** `aten::expand_copy(Tensor self, SymInt[] size, *, bool implicit=False) -> Tensor` */
export function expand_copy(self: Tensor, size: number | number[], implicit?: boolean): Tensor {
  if (ID_expand_copy < 0) ID_expand_copy = resolve("aten::expand_copy", "");
  try { return wrap(op(ID_expand_copy, th(self, "self"), size, implicit)); } catch (e) { throw fail(e, ["*self","size","implicit"], [self, size, implicit]); }
}

let ID_expm1 = -1;
/** `aten::expm1(Tensor self) -> Tensor` */
export function expm1(self: Tensor): Tensor {
  if (ID_expm1 < 0) ID_expm1 = resolve("aten::expm1", "");
  try { return wrap(op(ID_expm1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_expm1_ = -1;
/** `aten::expm1_(Tensor(a!) self) -> Tensor(a!)` */
export function expm1_(self: Tensor): Tensor {
  if (ID_expm1_ < 0) ID_expm1_ = resolve("aten::expm1_", "");
  try { return wrap(op(ID_expm1_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_exponential = -1;
/** `aten::exponential(Tensor self, float lambd=1., *, Generator? generator=None) -> Tensor` */
export function exponential(self: Tensor, lambd?: number): Tensor {
  if (ID_exponential < 0) ID_exponential = resolve("aten::exponential", "");
  try { return wrap(op(ID_exponential, th(self, "self"), lambd, undefined)); } catch (e) { throw fail(e, ["*self","lambd","generator"], [self, lambd, undefined]); }
}

let ID_exponential_ = -1;
/** `aten::exponential_(Tensor(a!) self, float lambd=1., *, Generator? generator=None) -> Tensor(a!)` */
export function exponential_(self: Tensor, lambd?: number): Tensor {
  if (ID_exponential_ < 0) ID_exponential_ = resolve("aten::exponential_", "");
  try { return wrap(op(ID_exponential_, th(self, "self"), lambd, undefined)); } catch (e) { throw fail(e, ["*self","lambd","generator"], [self, lambd, undefined]); }
}

let ID_eye = -1;
/** `aten::eye(int n, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function eye(n: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_eye < 0) ID_eye = resolve("aten::eye", "");
  try { return wrap(op(ID_eye, n, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["n","dtype","layout","device","pin_memory"], [n, dtype, layout, device, pin_memory]); }
}

let ID_eye_m = -1;
/** `aten::eye.m(int n, int m, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function eye_m(n: number, m: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_eye_m < 0) ID_eye_m = resolve("aten::eye", "m");
  try { return wrap(op(ID_eye_m, n, m, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["n","m","dtype","layout","device","pin_memory"], [n, m, dtype, layout, device, pin_memory]); }
}

let ID_fake_quantize_per_channel_affine = -1;
/** `aten::fake_quantize_per_channel_affine(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max) -> Tensor` */
export function fake_quantize_per_channel_affine(self: Tensor, scale: Tensor, zero_point: Tensor, axis: number, quant_min: number, quant_max: number): Tensor {
  if (ID_fake_quantize_per_channel_affine < 0) ID_fake_quantize_per_channel_affine = resolve("aten::fake_quantize_per_channel_affine", "");
  try { return wrap(op(ID_fake_quantize_per_channel_affine, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), axis, quant_min, quant_max)); } catch (e) { throw fail(e, ["*self","*scale","*zero_point","axis","quant_min","quant_max"], [self, scale, zero_point, axis, quant_min, quant_max]); }
}

let ID_fake_quantize_per_channel_affine_cachemask = -1;
/** `aten::fake_quantize_per_channel_affine_cachemask(Tensor self, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max) -> (Tensor output, Tensor mask)` */
export function fake_quantize_per_channel_affine_cachemask(self: Tensor, scale: Tensor, zero_point: Tensor, axis: number, quant_min: number, quant_max: number): [Tensor, Tensor] {
  if (ID_fake_quantize_per_channel_affine_cachemask < 0) ID_fake_quantize_per_channel_affine_cachemask = resolve("aten::fake_quantize_per_channel_affine_cachemask", "");
  let r: unknown[];
  try { r = op(ID_fake_quantize_per_channel_affine_cachemask, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), axis, quant_min, quant_max) as unknown[]; } catch (e) { throw fail(e, ["*self","*scale","*zero_point","axis","quant_min","quant_max"], [self, scale, zero_point, axis, quant_min, quant_max]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_fake_quantize_per_channel_affine_cachemask_backward = -1;
/** `aten::fake_quantize_per_channel_affine_cachemask_backward(Tensor grad, Tensor mask) -> Tensor` */
export function fake_quantize_per_channel_affine_cachemask_backward(grad: Tensor, mask: Tensor): Tensor {
  if (ID_fake_quantize_per_channel_affine_cachemask_backward < 0) ID_fake_quantize_per_channel_affine_cachemask_backward = resolve("aten::fake_quantize_per_channel_affine_cachemask_backward", "");
  try { return wrap(op(ID_fake_quantize_per_channel_affine_cachemask_backward, th(grad, "grad"), th(mask, "mask"))); } catch (e) { throw fail(e, ["*grad","*mask"], [grad, mask]); }
}

let ID_fake_quantize_per_tensor_affine = -1;
/** `aten::fake_quantize_per_tensor_affine(Tensor self, float scale, int zero_point, int quant_min, int quant_max) -> Tensor` */
export function fake_quantize_per_tensor_affine(self: Tensor, scale: number, zero_point: number, quant_min: number, quant_max: number): Tensor {
  if (ID_fake_quantize_per_tensor_affine < 0) ID_fake_quantize_per_tensor_affine = resolve("aten::fake_quantize_per_tensor_affine", "");
  try { return wrap(op(ID_fake_quantize_per_tensor_affine, th(self, "self"), scale, zero_point, quant_min, quant_max)); } catch (e) { throw fail(e, ["*self","scale","zero_point","quant_min","quant_max"], [self, scale, zero_point, quant_min, quant_max]); }
}

let ID_fake_quantize_per_tensor_affine_tensor_qparams = -1;
/** `aten::fake_quantize_per_tensor_affine.tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, int quant_min, int quant_max) -> Tensor` */
export function fake_quantize_per_tensor_affine_tensor_qparams(self: Tensor, scale: Tensor, zero_point: Tensor, quant_min: number, quant_max: number): Tensor {
  if (ID_fake_quantize_per_tensor_affine_tensor_qparams < 0) ID_fake_quantize_per_tensor_affine_tensor_qparams = resolve("aten::fake_quantize_per_tensor_affine", "tensor_qparams");
  try { return wrap(op(ID_fake_quantize_per_tensor_affine_tensor_qparams, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), quant_min, quant_max)); } catch (e) { throw fail(e, ["*self","*scale","*zero_point","quant_min","quant_max"], [self, scale, zero_point, quant_min, quant_max]); }
}

let ID_fake_quantize_per_tensor_affine_cachemask = -1;
/** `aten::fake_quantize_per_tensor_affine_cachemask(Tensor self, float scale, int zero_point, int quant_min, int quant_max) -> (Tensor output, Tensor mask)` */
export function fake_quantize_per_tensor_affine_cachemask(self: Tensor, scale: number, zero_point: number, quant_min: number, quant_max: number): [Tensor, Tensor] {
  if (ID_fake_quantize_per_tensor_affine_cachemask < 0) ID_fake_quantize_per_tensor_affine_cachemask = resolve("aten::fake_quantize_per_tensor_affine_cachemask", "");
  let r: unknown[];
  try { r = op(ID_fake_quantize_per_tensor_affine_cachemask, th(self, "self"), scale, zero_point, quant_min, quant_max) as unknown[]; } catch (e) { throw fail(e, ["*self","scale","zero_point","quant_min","quant_max"], [self, scale, zero_point, quant_min, quant_max]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_fake_quantize_per_tensor_affine_cachemask_backward = -1;
/** `aten::fake_quantize_per_tensor_affine_cachemask_backward(Tensor grad, Tensor mask) -> Tensor` */
export function fake_quantize_per_tensor_affine_cachemask_backward(grad: Tensor, mask: Tensor): Tensor {
  if (ID_fake_quantize_per_tensor_affine_cachemask_backward < 0) ID_fake_quantize_per_tensor_affine_cachemask_backward = resolve("aten::fake_quantize_per_tensor_affine_cachemask_backward", "");
  try { return wrap(op(ID_fake_quantize_per_tensor_affine_cachemask_backward, th(grad, "grad"), th(mask, "mask"))); } catch (e) { throw fail(e, ["*grad","*mask"], [grad, mask]); }
}

let ID_fbgemm_linear_fp16_weight = -1;
/** `aten::fbgemm_linear_fp16_weight(Tensor input, Tensor packed_weight, Tensor bias) -> Tensor` */
export function fbgemm_linear_fp16_weight(input: Tensor, packed_weight: Tensor, bias: Tensor): Tensor {
  if (ID_fbgemm_linear_fp16_weight < 0) ID_fbgemm_linear_fp16_weight = resolve("aten::fbgemm_linear_fp16_weight", "");
  try { return wrap(op(ID_fbgemm_linear_fp16_weight, th(input, "input"), th(packed_weight, "packed_weight"), th(bias, "bias"))); } catch (e) { throw fail(e, ["*input","*packed_weight","*bias"], [input, packed_weight, bias]); }
}

let ID_fbgemm_linear_fp16_weight_fp32_activation = -1;
/** `aten::fbgemm_linear_fp16_weight_fp32_activation(Tensor input, Tensor packed_weight, Tensor bias) -> Tensor` */
export function fbgemm_linear_fp16_weight_fp32_activation(input: Tensor, packed_weight: Tensor, bias: Tensor): Tensor {
  if (ID_fbgemm_linear_fp16_weight_fp32_activation < 0) ID_fbgemm_linear_fp16_weight_fp32_activation = resolve("aten::fbgemm_linear_fp16_weight_fp32_activation", "");
  try { return wrap(op(ID_fbgemm_linear_fp16_weight_fp32_activation, th(input, "input"), th(packed_weight, "packed_weight"), th(bias, "bias"))); } catch (e) { throw fail(e, ["*input","*packed_weight","*bias"], [input, packed_weight, bias]); }
}

let ID_fbgemm_linear_int8_weight = -1;
/** `aten::fbgemm_linear_int8_weight(Tensor input, Tensor weight, Tensor packed, Tensor col_offsets, Scalar weight_scale, Scalar weight_zero_point, Tensor bias) -> Tensor` */
export function fbgemm_linear_int8_weight(input: Tensor, weight: Tensor, packed: Tensor, col_offsets: Tensor, weight_scale: Scalar, weight_zero_point: Scalar, bias: Tensor): Tensor {
  if (ID_fbgemm_linear_int8_weight < 0) ID_fbgemm_linear_int8_weight = resolve("aten::fbgemm_linear_int8_weight", "");
  try { return wrap(op(ID_fbgemm_linear_int8_weight, th(input, "input"), th(weight, "weight"), th(packed, "packed"), th(col_offsets, "col_offsets"), weight_scale, weight_zero_point, th(bias, "bias"))); } catch (e) { throw fail(e, ["*input","*weight","*packed","*col_offsets","weight_scale","weight_zero_point","*bias"], [input, weight, packed, col_offsets, weight_scale, weight_zero_point, bias]); }
}

let ID_fbgemm_linear_int8_weight_fp32_activation = -1;
/** `aten::fbgemm_linear_int8_weight_fp32_activation(Tensor input, Tensor weight, Tensor packed, Tensor col_offsets, Scalar weight_scale, Scalar weight_zero_point, Tensor bias) -> Tensor` */
export function fbgemm_linear_int8_weight_fp32_activation(input: Tensor, weight: Tensor, packed: Tensor, col_offsets: Tensor, weight_scale: Scalar, weight_zero_point: Scalar, bias: Tensor): Tensor {
  if (ID_fbgemm_linear_int8_weight_fp32_activation < 0) ID_fbgemm_linear_int8_weight_fp32_activation = resolve("aten::fbgemm_linear_int8_weight_fp32_activation", "");
  try { return wrap(op(ID_fbgemm_linear_int8_weight_fp32_activation, th(input, "input"), th(weight, "weight"), th(packed, "packed"), th(col_offsets, "col_offsets"), weight_scale, weight_zero_point, th(bias, "bias"))); } catch (e) { throw fail(e, ["*input","*weight","*packed","*col_offsets","weight_scale","weight_zero_point","*bias"], [input, weight, packed, col_offsets, weight_scale, weight_zero_point, bias]); }
}

let ID_fbgemm_linear_quantize_weight = -1;
/** `aten::fbgemm_linear_quantize_weight(Tensor input) -> (Tensor, Tensor, float, int)` */
export function fbgemm_linear_quantize_weight(input: Tensor): [Tensor, Tensor, number, number] {
  if (ID_fbgemm_linear_quantize_weight < 0) ID_fbgemm_linear_quantize_weight = resolve("aten::fbgemm_linear_quantize_weight", "");
  let r: unknown[];
  try { r = op(ID_fbgemm_linear_quantize_weight, th(input, "input")) as unknown[]; } catch (e) { throw fail(e, ["*input"], [input]); }
  return [wrap(r[0]), wrap(r[1]), r[2] as number, r[3] as number];
}

let ID_fbgemm_pack_gemm_matrix_fp16 = -1;
/** `aten::fbgemm_pack_gemm_matrix_fp16(Tensor input) -> Tensor` */
export function fbgemm_pack_gemm_matrix_fp16(input: Tensor): Tensor {
  if (ID_fbgemm_pack_gemm_matrix_fp16 < 0) ID_fbgemm_pack_gemm_matrix_fp16 = resolve("aten::fbgemm_pack_gemm_matrix_fp16", "");
  try { return wrap(op(ID_fbgemm_pack_gemm_matrix_fp16, th(input, "input"))); } catch (e) { throw fail(e, ["*input"], [input]); }
}

let ID_fbgemm_pack_quantized_matrix = -1;
/** `aten::fbgemm_pack_quantized_matrix(Tensor input) -> Tensor` */
export function fbgemm_pack_quantized_matrix(input: Tensor): Tensor {
  if (ID_fbgemm_pack_quantized_matrix < 0) ID_fbgemm_pack_quantized_matrix = resolve("aten::fbgemm_pack_quantized_matrix", "");
  try { return wrap(op(ID_fbgemm_pack_quantized_matrix, th(input, "input"))); } catch (e) { throw fail(e, ["*input"], [input]); }
}

let ID_fbgemm_pack_quantized_matrix_KN = -1;
/** `aten::fbgemm_pack_quantized_matrix.KN(Tensor input, int K, int N) -> Tensor` */
export function fbgemm_pack_quantized_matrix_KN(input: Tensor, K: number, N: number): Tensor {
  if (ID_fbgemm_pack_quantized_matrix_KN < 0) ID_fbgemm_pack_quantized_matrix_KN = resolve("aten::fbgemm_pack_quantized_matrix", "KN");
  try { return wrap(op(ID_fbgemm_pack_quantized_matrix_KN, th(input, "input"), K, N)); } catch (e) { throw fail(e, ["*input","K","N"], [input, K, N]); }
}

let ID_feature_alpha_dropout = -1;
/** `aten::feature_alpha_dropout(Tensor input, float p, bool train) -> Tensor` */
export function feature_alpha_dropout(input: Tensor, p: number, train: boolean): Tensor {
  if (ID_feature_alpha_dropout < 0) ID_feature_alpha_dropout = resolve("aten::feature_alpha_dropout", "");
  try { return wrap(op(ID_feature_alpha_dropout, th(input, "input"), p, train)); } catch (e) { throw fail(e, ["*input","p","train"], [input, p, train]); }
}

let ID_feature_alpha_dropout_ = -1;
/** `aten::feature_alpha_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)` */
export function feature_alpha_dropout_(self: Tensor, p: number, train: boolean): Tensor {
  if (ID_feature_alpha_dropout_ < 0) ID_feature_alpha_dropout_ = resolve("aten::feature_alpha_dropout_", "");
  try { return wrap(op(ID_feature_alpha_dropout_, th(self, "self"), p, train)); } catch (e) { throw fail(e, ["*self","p","train"], [self, p, train]); }
}

let ID_feature_dropout = -1;
/** `aten::feature_dropout(Tensor input, float p, bool train) -> Tensor` */
export function feature_dropout(input: Tensor, p: number, train: boolean): Tensor {
  if (ID_feature_dropout < 0) ID_feature_dropout = resolve("aten::feature_dropout", "");
  try { return wrap(op(ID_feature_dropout, th(input, "input"), p, train)); } catch (e) { throw fail(e, ["*input","p","train"], [input, p, train]); }
}

let ID_feature_dropout_ = -1;
/** `aten::feature_dropout_(Tensor(a!) self, float p, bool train) -> Tensor(a!)` */
export function feature_dropout_(self: Tensor, p: number, train: boolean): Tensor {
  if (ID_feature_dropout_ < 0) ID_feature_dropout_ = resolve("aten::feature_dropout_", "");
  try { return wrap(op(ID_feature_dropout_, th(self, "self"), p, train)); } catch (e) { throw fail(e, ["*self","p","train"], [self, p, train]); }
}

let ID_fft_fft = -1;
/** `aten::fft_fft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor` */
export function fft_fft(self: Tensor, n?: number | null, dim?: number, norm?: string | null): Tensor {
  if (ID_fft_fft < 0) ID_fft_fft = resolve("aten::fft_fft", "");
  try { return wrap(op(ID_fft_fft, th(self, "self"), n, dim, norm)); } catch (e) { throw fail(e, ["*self","n","dim","norm"], [self, n, dim, norm]); }
}

let ID_fft_fft2 = -1;
/** `aten::fft_fft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor` */
export function fft_fft2(self: Tensor, s?: number | number[] | null, dim?: number | number[], norm?: string | null): Tensor {
  if (ID_fft_fft2 < 0) ID_fft_fft2 = resolve("aten::fft_fft2", "");
  try { return wrap(op(ID_fft_fft2, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_fftfreq = -1;
/** `aten::fft_fftfreq(int n, float d=1., *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function fft_fftfreq(n: number, d?: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_fft_fftfreq < 0) ID_fft_fftfreq = resolve("aten::fft_fftfreq", "");
  try { return wrap(op(ID_fft_fftfreq, n, d, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["n","d","dtype","layout","device","pin_memory"], [n, d, dtype, layout, device, pin_memory]); }
}

let ID_fft_fftn = -1;
/** `aten::fft_fftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor` */
export function fft_fftn(self: Tensor, s?: number | number[] | null, dim?: number | number[] | null, norm?: string | null): Tensor {
  if (ID_fft_fftn < 0) ID_fft_fftn = resolve("aten::fft_fftn", "");
  try { return wrap(op(ID_fft_fftn, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_fftshift = -1;
/** `aten::fft_fftshift(Tensor self, int[1]? dim=None) -> Tensor` */
export function fft_fftshift(self: Tensor, dim?: number | number[] | null): Tensor {
  if (ID_fft_fftshift < 0) ID_fft_fftshift = resolve("aten::fft_fftshift", "");
  try { return wrap(op(ID_fft_fftshift, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_fft_hfft = -1;
/** `aten::fft_hfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor` */
export function fft_hfft(self: Tensor, n?: number | null, dim?: number, norm?: string | null): Tensor {
  if (ID_fft_hfft < 0) ID_fft_hfft = resolve("aten::fft_hfft", "");
  try { return wrap(op(ID_fft_hfft, th(self, "self"), n, dim, norm)); } catch (e) { throw fail(e, ["*self","n","dim","norm"], [self, n, dim, norm]); }
}

let ID_fft_hfft2 = -1;
/** `aten::fft_hfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor` */
export function fft_hfft2(self: Tensor, s?: number | number[] | null, dim?: number | number[], norm?: string | null): Tensor {
  if (ID_fft_hfft2 < 0) ID_fft_hfft2 = resolve("aten::fft_hfft2", "");
  try { return wrap(op(ID_fft_hfft2, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_hfftn = -1;
/** `aten::fft_hfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor` */
export function fft_hfftn(self: Tensor, s?: number | number[] | null, dim?: number | number[] | null, norm?: string | null): Tensor {
  if (ID_fft_hfftn < 0) ID_fft_hfftn = resolve("aten::fft_hfftn", "");
  try { return wrap(op(ID_fft_hfftn, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_ifft = -1;
/** `aten::fft_ifft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor` */
export function fft_ifft(self: Tensor, n?: number | null, dim?: number, norm?: string | null): Tensor {
  if (ID_fft_ifft < 0) ID_fft_ifft = resolve("aten::fft_ifft", "");
  try { return wrap(op(ID_fft_ifft, th(self, "self"), n, dim, norm)); } catch (e) { throw fail(e, ["*self","n","dim","norm"], [self, n, dim, norm]); }
}

let ID_fft_ifft2 = -1;
/** `aten::fft_ifft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor` */
export function fft_ifft2(self: Tensor, s?: number | number[] | null, dim?: number | number[], norm?: string | null): Tensor {
  if (ID_fft_ifft2 < 0) ID_fft_ifft2 = resolve("aten::fft_ifft2", "");
  try { return wrap(op(ID_fft_ifft2, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_ifftn = -1;
/** `aten::fft_ifftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor` */
export function fft_ifftn(self: Tensor, s?: number | number[] | null, dim?: number | number[] | null, norm?: string | null): Tensor {
  if (ID_fft_ifftn < 0) ID_fft_ifftn = resolve("aten::fft_ifftn", "");
  try { return wrap(op(ID_fft_ifftn, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_ifftshift = -1;
/** `aten::fft_ifftshift(Tensor self, int[1]? dim=None) -> Tensor` */
export function fft_ifftshift(self: Tensor, dim?: number | number[] | null): Tensor {
  if (ID_fft_ifftshift < 0) ID_fft_ifftshift = resolve("aten::fft_ifftshift", "");
  try { return wrap(op(ID_fft_ifftshift, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_fft_ihfft = -1;
/** `aten::fft_ihfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor` */
export function fft_ihfft(self: Tensor, n?: number | null, dim?: number, norm?: string | null): Tensor {
  if (ID_fft_ihfft < 0) ID_fft_ihfft = resolve("aten::fft_ihfft", "");
  try { return wrap(op(ID_fft_ihfft, th(self, "self"), n, dim, norm)); } catch (e) { throw fail(e, ["*self","n","dim","norm"], [self, n, dim, norm]); }
}

let ID_fft_ihfft2 = -1;
/** `aten::fft_ihfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor` */
export function fft_ihfft2(self: Tensor, s?: number | number[] | null, dim?: number | number[], norm?: string | null): Tensor {
  if (ID_fft_ihfft2 < 0) ID_fft_ihfft2 = resolve("aten::fft_ihfft2", "");
  try { return wrap(op(ID_fft_ihfft2, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_ihfftn = -1;
/** `aten::fft_ihfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor` */
export function fft_ihfftn(self: Tensor, s?: number | number[] | null, dim?: number | number[] | null, norm?: string | null): Tensor {
  if (ID_fft_ihfftn < 0) ID_fft_ihfftn = resolve("aten::fft_ihfftn", "");
  try { return wrap(op(ID_fft_ihfftn, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_irfft = -1;
/** `aten::fft_irfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor` */
export function fft_irfft(self: Tensor, n?: number | null, dim?: number, norm?: string | null): Tensor {
  if (ID_fft_irfft < 0) ID_fft_irfft = resolve("aten::fft_irfft", "");
  try { return wrap(op(ID_fft_irfft, th(self, "self"), n, dim, norm)); } catch (e) { throw fail(e, ["*self","n","dim","norm"], [self, n, dim, norm]); }
}

let ID_fft_irfft2 = -1;
/** `aten::fft_irfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor` */
export function fft_irfft2(self: Tensor, s?: number | number[] | null, dim?: number | number[], norm?: string | null): Tensor {
  if (ID_fft_irfft2 < 0) ID_fft_irfft2 = resolve("aten::fft_irfft2", "");
  try { return wrap(op(ID_fft_irfft2, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_irfftn = -1;
/** `aten::fft_irfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor` */
export function fft_irfftn(self: Tensor, s?: number | number[] | null, dim?: number | number[] | null, norm?: string | null): Tensor {
  if (ID_fft_irfftn < 0) ID_fft_irfftn = resolve("aten::fft_irfftn", "");
  try { return wrap(op(ID_fft_irfftn, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_rfft = -1;
/** `aten::fft_rfft(Tensor self, int? n=None, int dim=-1, str? norm=None) -> Tensor` */
export function fft_rfft(self: Tensor, n?: number | null, dim?: number, norm?: string | null): Tensor {
  if (ID_fft_rfft < 0) ID_fft_rfft = resolve("aten::fft_rfft", "");
  try { return wrap(op(ID_fft_rfft, th(self, "self"), n, dim, norm)); } catch (e) { throw fail(e, ["*self","n","dim","norm"], [self, n, dim, norm]); }
}

let ID_fft_rfft2 = -1;
/** `aten::fft_rfft2(Tensor self, int[1]? s=None, int[1] dim=[-2, -1], str? norm=None) -> Tensor` */
export function fft_rfft2(self: Tensor, s?: number | number[] | null, dim?: number | number[], norm?: string | null): Tensor {
  if (ID_fft_rfft2 < 0) ID_fft_rfft2 = resolve("aten::fft_rfft2", "");
  try { return wrap(op(ID_fft_rfft2, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fft_rfftfreq = -1;
/** `aten::fft_rfftfreq(int n, float d=1., *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function fft_rfftfreq(n: number, d?: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_fft_rfftfreq < 0) ID_fft_rfftfreq = resolve("aten::fft_rfftfreq", "");
  try { return wrap(op(ID_fft_rfftfreq, n, d, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["n","d","dtype","layout","device","pin_memory"], [n, d, dtype, layout, device, pin_memory]); }
}

let ID_fft_rfftn = -1;
/** `aten::fft_rfftn(Tensor self, int[1]? s=None, int[1]? dim=None, str? norm=None) -> Tensor` */
export function fft_rfftn(self: Tensor, s?: number | number[] | null, dim?: number | number[] | null, norm?: string | null): Tensor {
  if (ID_fft_rfftn < 0) ID_fft_rfftn = resolve("aten::fft_rfftn", "");
  try { return wrap(op(ID_fft_rfftn, th(self, "self"), s, dim, norm)); } catch (e) { throw fail(e, ["*self","s","dim","norm"], [self, s, dim, norm]); }
}

let ID_fill_Scalar = -1;
/** `aten::fill.Scalar(Tensor self, Scalar value) -> Tensor` */
export function fill_Scalar(self: Tensor, value: Scalar): Tensor {
  if (ID_fill_Scalar < 0) ID_fill_Scalar = resolve("aten::fill", "Scalar");
  try { return wrap(op(ID_fill_Scalar, th(self, "self"), value)); } catch (e) { throw fail(e, ["*self","value"], [self, value]); }
}

let ID_fill_Tensor = -1;
/** `aten::fill.Tensor(Tensor self, Tensor value) -> Tensor` */
export function fill_Tensor(self: Tensor, value: Tensor): Tensor {
  if (ID_fill_Tensor < 0) ID_fill_Tensor = resolve("aten::fill", "Tensor");
  try { return wrap(op(ID_fill_Tensor, th(self, "self"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","*value"], [self, value]); }
}

let ID_fill__Scalar = -1;
/** `aten::fill_.Scalar(Tensor(a!) self, Scalar value) -> Tensor(a!)` */
export function fill__Scalar(self: Tensor, value: Scalar): Tensor {
  if (ID_fill__Scalar < 0) ID_fill__Scalar = resolve("aten::fill_", "Scalar");
  try { return wrap(op(ID_fill__Scalar, th(self, "self"), value)); } catch (e) { throw fail(e, ["*self","value"], [self, value]); }
}

let ID_fill__Tensor = -1;
/** `aten::fill_.Tensor(Tensor(a!) self, Tensor value) -> Tensor(a!)` */
export function fill__Tensor(self: Tensor, value: Tensor): Tensor {
  if (ID_fill__Tensor < 0) ID_fill__Tensor = resolve("aten::fill_", "Tensor");
  try { return wrap(op(ID_fill__Tensor, th(self, "self"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","*value"], [self, value]); }
}

let ID_fill_diagonal_ = -1;
/** `aten::fill_diagonal_(Tensor(a!) self, Scalar fill_value, bool wrap=False) -> Tensor(a!)` */
export function fill_diagonal_(self: Tensor, fill_value: Scalar, wrap_?: boolean): Tensor {
  if (ID_fill_diagonal_ < 0) ID_fill_diagonal_ = resolve("aten::fill_diagonal_", "");
  try { return wrap(op(ID_fill_diagonal_, th(self, "self"), fill_value, wrap_)); } catch (e) { throw fail(e, ["*self","fill_value","wrap"], [self, fill_value, wrap_]); }
}

let ID_fix = -1;
/** `aten::fix(Tensor self) -> Tensor` */
export function fix(self: Tensor): Tensor {
  if (ID_fix < 0) ID_fix = resolve("aten::fix", "");
  try { return wrap(op(ID_fix, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_fix_ = -1;
/** `aten::fix_(Tensor(a!) self) -> Tensor(a!)` */
export function fix_(self: Tensor): Tensor {
  if (ID_fix_ < 0) ID_fix_ = resolve("aten::fix_", "");
  try { return wrap(op(ID_fix_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_flatten_named_out_dim = -1;
/** `aten::flatten.named_out_dim(Tensor(a) self, int start_dim, int end_dim, str out_dim) -> Tensor(a)` */
export function flatten_named_out_dim(self: Tensor, start_dim: number, end_dim: number, out_dim: string): Tensor {
  if (ID_flatten_named_out_dim < 0) ID_flatten_named_out_dim = resolve("aten::flatten", "named_out_dim");
  try { return wrap(op(ID_flatten_named_out_dim, th(self, "self"), start_dim, end_dim, out_dim)); } catch (e) { throw fail(e, ["*self","start_dim","end_dim","out_dim"], [self, start_dim, end_dim, out_dim]); }
}

let ID_flatten_using_ints = -1;
/** `aten::flatten.using_ints(Tensor(a) self, int start_dim=0, int end_dim=-1) -> Tensor(a)` */
export function flatten_using_ints(self: Tensor, start_dim?: number, end_dim?: number): Tensor {
  if (ID_flatten_using_ints < 0) ID_flatten_using_ints = resolve("aten::flatten", "using_ints");
  try { return wrap(op(ID_flatten_using_ints, th(self, "self"), start_dim, end_dim)); } catch (e) { throw fail(e, ["*self","start_dim","end_dim"], [self, start_dim, end_dim]); }
}

let ID_flatten_using_names = -1;
/** `aten::flatten.using_names(Tensor(a) self, str start_dim, str end_dim, str out_dim) -> Tensor(a)` */
export function flatten_using_names(self: Tensor, start_dim: string, end_dim: string, out_dim: string): Tensor {
  if (ID_flatten_using_names < 0) ID_flatten_using_names = resolve("aten::flatten", "using_names");
  try { return wrap(op(ID_flatten_using_names, th(self, "self"), start_dim, end_dim, out_dim)); } catch (e) { throw fail(e, ["*self","start_dim","end_dim","out_dim"], [self, start_dim, end_dim, out_dim]); }
}

let ID_flatten_dense_tensors = -1;
/** `aten::flatten_dense_tensors(Tensor[] tensors) -> Tensor` */
export function flatten_dense_tensors(tensors: Tensor[]): Tensor {
  if (ID_flatten_dense_tensors < 0) ID_flatten_dense_tensors = resolve("aten::flatten_dense_tensors", "");
  try { return wrap(op(ID_flatten_dense_tensors, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_flip = -1;
/** `aten::flip(Tensor self, int[] dims) -> Tensor` */
export function flip(self: Tensor, dims: number | number[]): Tensor {
  if (ID_flip < 0) ID_flip = resolve("aten::flip", "");
  try { return wrap(op(ID_flip, th(self, "self"), dims)); } catch (e) { throw fail(e, ["*self","dims"], [self, dims]); }
}

let ID_fliplr = -1;
/** `aten::fliplr(Tensor self) -> Tensor` */
export function fliplr(self: Tensor): Tensor {
  if (ID_fliplr < 0) ID_fliplr = resolve("aten::fliplr", "");
  try { return wrap(op(ID_fliplr, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_flipud = -1;
/** `aten::flipud(Tensor self) -> Tensor` */
export function flipud(self: Tensor): Tensor {
  if (ID_flipud < 0) ID_flipud = resolve("aten::flipud", "");
  try { return wrap(op(ID_flipud, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_float_power_Scalar = -1;
/** `aten::float_power.Scalar(Scalar self, Tensor exponent) -> Tensor` */
export function float_power_Scalar(self: Scalar, exponent: Tensor): Tensor {
  if (ID_float_power_Scalar < 0) ID_float_power_Scalar = resolve("aten::float_power", "Scalar");
  try { return wrap(op(ID_float_power_Scalar, self, th(exponent, "exponent"))); } catch (e) { throw fail(e, ["self","*exponent"], [self, exponent]); }
}

let ID_float_power_Tensor_Scalar = -1;
/** `aten::float_power.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor` */
export function float_power_Tensor_Scalar(self: Tensor, exponent: Scalar): Tensor {
  if (ID_float_power_Tensor_Scalar < 0) ID_float_power_Tensor_Scalar = resolve("aten::float_power", "Tensor_Scalar");
  try { return wrap(op(ID_float_power_Tensor_Scalar, th(self, "self"), exponent)); } catch (e) { throw fail(e, ["*self","exponent"], [self, exponent]); }
}

let ID_float_power_Tensor_Tensor = -1;
/** `aten::float_power.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor` */
export function float_power_Tensor_Tensor(self: Tensor, exponent: Tensor): Tensor {
  if (ID_float_power_Tensor_Tensor < 0) ID_float_power_Tensor_Tensor = resolve("aten::float_power", "Tensor_Tensor");
  try { return wrap(op(ID_float_power_Tensor_Tensor, th(self, "self"), th(exponent, "exponent"))); } catch (e) { throw fail(e, ["*self","*exponent"], [self, exponent]); }
}

let ID_float_power__Scalar = -1;
/** `aten::float_power_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)` */
export function float_power__Scalar(self: Tensor, exponent: Scalar): Tensor {
  if (ID_float_power__Scalar < 0) ID_float_power__Scalar = resolve("aten::float_power_", "Scalar");
  try { return wrap(op(ID_float_power__Scalar, th(self, "self"), exponent)); } catch (e) { throw fail(e, ["*self","exponent"], [self, exponent]); }
}

let ID_float_power__Tensor = -1;
/** `aten::float_power_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)` */
export function float_power__Tensor(self: Tensor, exponent: Tensor): Tensor {
  if (ID_float_power__Tensor < 0) ID_float_power__Tensor = resolve("aten::float_power_", "Tensor");
  try { return wrap(op(ID_float_power__Tensor, th(self, "self"), th(exponent, "exponent"))); } catch (e) { throw fail(e, ["*self","*exponent"], [self, exponent]); }
}

let ID_floor = -1;
/** `aten::floor(Tensor self) -> Tensor` */
export function floor(self: Tensor): Tensor {
  if (ID_floor < 0) ID_floor = resolve("aten::floor", "");
  try { return wrap(op(ID_floor, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_floor_ = -1;
/** `aten::floor_(Tensor(a!) self) -> Tensor(a!)` */
export function floor_(self: Tensor): Tensor {
  if (ID_floor_ < 0) ID_floor_ = resolve("aten::floor_", "");
  try { return wrap(op(ID_floor_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_floor_divide = -1;
/** `aten::floor_divide(Tensor self, Tensor other) -> Tensor` */
export function floor_divide(self: Tensor, other: Tensor): Tensor {
  if (ID_floor_divide < 0) ID_floor_divide = resolve("aten::floor_divide", "");
  try { return wrap(op(ID_floor_divide, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_floor_divide_Scalar = -1;
/** `aten::floor_divide.Scalar(Tensor self, Scalar other) -> Tensor` */
export function floor_divide_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_floor_divide_Scalar < 0) ID_floor_divide_Scalar = resolve("aten::floor_divide", "Scalar");
  try { return wrap(op(ID_floor_divide_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_floor_divide__Scalar = -1;
/** `aten::floor_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function floor_divide__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_floor_divide__Scalar < 0) ID_floor_divide__Scalar = resolve("aten::floor_divide_", "Scalar");
  try { return wrap(op(ID_floor_divide__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_floor_divide__Tensor = -1;
/** `aten::floor_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function floor_divide__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_floor_divide__Tensor < 0) ID_floor_divide__Tensor = resolve("aten::floor_divide_", "Tensor");
  try { return wrap(op(ID_floor_divide__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_fmax = -1;
/** `aten::fmax(Tensor self, Tensor other) -> Tensor` */
export function fmax(self: Tensor, other: Tensor): Tensor {
  if (ID_fmax < 0) ID_fmax = resolve("aten::fmax", "");
  try { return wrap(op(ID_fmax, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_fmin = -1;
/** `aten::fmin(Tensor self, Tensor other) -> Tensor` */
export function fmin(self: Tensor, other: Tensor): Tensor {
  if (ID_fmin < 0) ID_fmin = resolve("aten::fmin", "");
  try { return wrap(op(ID_fmin, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_fmod_Scalar = -1;
/** `aten::fmod.Scalar(Tensor self, Scalar other) -> Tensor` */
export function fmod_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_fmod_Scalar < 0) ID_fmod_Scalar = resolve("aten::fmod", "Scalar");
  try { return wrap(op(ID_fmod_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_fmod_Tensor = -1;
/** `aten::fmod.Tensor(Tensor self, Tensor other) -> Tensor` */
export function fmod_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_fmod_Tensor < 0) ID_fmod_Tensor = resolve("aten::fmod", "Tensor");
  try { return wrap(op(ID_fmod_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_fmod__Scalar = -1;
/** `aten::fmod_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function fmod__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_fmod__Scalar < 0) ID_fmod__Scalar = resolve("aten::fmod_", "Scalar");
  try { return wrap(op(ID_fmod__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_fmod__Tensor = -1;
/** `aten::fmod_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function fmod__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_fmod__Tensor < 0) ID_fmod__Tensor = resolve("aten::fmod_", "Tensor");
  try { return wrap(op(ID_fmod__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_frac = -1;
/** `aten::frac(Tensor self) -> Tensor` */
export function frac(self: Tensor): Tensor {
  if (ID_frac < 0) ID_frac = resolve("aten::frac", "");
  try { return wrap(op(ID_frac, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_frac_ = -1;
/** `aten::frac_(Tensor(a!) self) -> Tensor(a!)` */
export function frac_(self: Tensor): Tensor {
  if (ID_frac_ < 0) ID_frac_ = resolve("aten::frac_", "");
  try { return wrap(op(ID_frac_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_fractional_max_pool2d = -1;
/** `aten::fractional_max_pool2d(Tensor self, int[2] kernel_size, int[2] output_size, Tensor random_samples) -> (Tensor, Tensor)` */
export function fractional_max_pool2d(self: Tensor, kernel_size: number | number[], output_size: number | number[], random_samples: Tensor): [Tensor, Tensor] {
  if (ID_fractional_max_pool2d < 0) ID_fractional_max_pool2d = resolve("aten::fractional_max_pool2d", "");
  let r: unknown[];
  try { r = op(ID_fractional_max_pool2d, th(self, "self"), kernel_size, output_size, th(random_samples, "random_samples")) as unknown[]; } catch (e) { throw fail(e, ["*self","kernel_size","output_size","*random_samples"], [self, kernel_size, output_size, random_samples]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_fractional_max_pool2d_backward = -1;
/** `aten::fractional_max_pool2d_backward(Tensor grad_output, Tensor self, int[2] kernel_size, int[2] output_size, Tensor indices) -> Tensor` */
export function fractional_max_pool2d_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], output_size: number | number[], indices: Tensor): Tensor {
  if (ID_fractional_max_pool2d_backward < 0) ID_fractional_max_pool2d_backward = resolve("aten::fractional_max_pool2d_backward", "");
  try { return wrap(op(ID_fractional_max_pool2d_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, output_size, th(indices, "indices"))); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","output_size","*indices"], [grad_output, self, kernel_size, output_size, indices]); }
}

let ID_fractional_max_pool3d = -1;
/** `aten::fractional_max_pool3d(Tensor self, int[3] kernel_size, int[3] output_size, Tensor random_samples) -> (Tensor, Tensor)` */
export function fractional_max_pool3d(self: Tensor, kernel_size: number | number[], output_size: number | number[], random_samples: Tensor): [Tensor, Tensor] {
  if (ID_fractional_max_pool3d < 0) ID_fractional_max_pool3d = resolve("aten::fractional_max_pool3d", "");
  let r: unknown[];
  try { r = op(ID_fractional_max_pool3d, th(self, "self"), kernel_size, output_size, th(random_samples, "random_samples")) as unknown[]; } catch (e) { throw fail(e, ["*self","kernel_size","output_size","*random_samples"], [self, kernel_size, output_size, random_samples]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_fractional_max_pool3d_backward = -1;
/** `aten::fractional_max_pool3d_backward(Tensor grad_output, Tensor self, int[3] kernel_size, int[3] output_size, Tensor indices) -> Tensor` */
export function fractional_max_pool3d_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], output_size: number | number[], indices: Tensor): Tensor {
  if (ID_fractional_max_pool3d_backward < 0) ID_fractional_max_pool3d_backward = resolve("aten::fractional_max_pool3d_backward", "");
  try { return wrap(op(ID_fractional_max_pool3d_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, output_size, th(indices, "indices"))); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","output_size","*indices"], [grad_output, self, kernel_size, output_size, indices]); }
}

let ID_frexp_Tensor = -1;
/** `aten::frexp.Tensor(Tensor self) -> (Tensor mantissa, Tensor exponent)` */
export function frexp_Tensor(self: Tensor): [Tensor, Tensor] {
  if (ID_frexp_Tensor < 0) ID_frexp_Tensor = resolve("aten::frexp", "Tensor");
  let r: unknown[];
  try { r = op(ID_frexp_Tensor, th(self, "self")) as unknown[]; } catch (e) { throw fail(e, ["*self"], [self]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_frobenius_norm = -1;
/** `aten::frobenius_norm(Tensor self) -> Tensor` */
export function frobenius_norm(self: Tensor): Tensor {
  if (ID_frobenius_norm < 0) ID_frobenius_norm = resolve("aten::frobenius_norm", "");
  try { return wrap(op(ID_frobenius_norm, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_frobenius_norm_dim = -1;
/** `aten::frobenius_norm.dim(Tensor self, int[1] dim, bool keepdim=False) -> Tensor` */
export function frobenius_norm_dim(self: Tensor, dim: number | number[], keepdim?: boolean): Tensor {
  if (ID_frobenius_norm_dim < 0) ID_frobenius_norm_dim = resolve("aten::frobenius_norm", "dim");
  try { return wrap(op(ID_frobenius_norm_dim, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_from_file = -1;
/** `aten::from_file(str filename, bool? shared=None, int? size=0, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function from_file(filename: string, shared?: boolean | null, size?: number | null, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_from_file < 0) ID_from_file = resolve("aten::from_file", "");
  try { return wrap(op(ID_from_file, filename, shared, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["filename","shared","size","dtype","layout","device","pin_memory"], [filename, shared, size, dtype, layout, device, pin_memory]); }
}

let ID_full = -1;
/** `aten::full(SymInt[] size, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function full(size: number | number[], fill_value: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_full < 0) ID_full = resolve("aten::full", "");
  try { return wrap(op(ID_full, size, fill_value, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","fill_value","dtype","layout","device","pin_memory"], [size, fill_value, dtype, layout, device, pin_memory]); }
}

let ID_full_like = -1;
/** `aten::full_like(Tensor self, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function full_like(self: Tensor, fill_value: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_full_like < 0) ID_full_like = resolve("aten::full_like", "");
  try { return wrap(op(ID_full_like, th(self, "self"), fill_value, dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","fill_value","dtype","layout","device","pin_memory","memory_format"], [self, fill_value, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_fused_moving_avg_obs_fake_quant = -1;
/** `aten::fused_moving_avg_obs_fake_quant(Tensor self, Tensor observer_on, Tensor fake_quant_on, Tensor(a!) running_min, Tensor(b!) running_max, Tensor(c!) scale, Tensor(d!) zero_point, float averaging_const, int quant_min, int quant_max, int ch_axis, bool per_row_fake_quant=False, bool symmetric_quant=False) -> Tensor` */
export function fused_moving_avg_obs_fake_quant(self: Tensor, observer_on: Tensor, fake_quant_on: Tensor, running_min: Tensor, running_max: Tensor, scale: Tensor, zero_point: Tensor, averaging_const: number, quant_min: number, quant_max: number, ch_axis: number, per_row_fake_quant?: boolean, symmetric_quant?: boolean): Tensor {
  if (ID_fused_moving_avg_obs_fake_quant < 0) ID_fused_moving_avg_obs_fake_quant = resolve("aten::fused_moving_avg_obs_fake_quant", "");
  try { return wrap(op(ID_fused_moving_avg_obs_fake_quant, th(self, "self"), th(observer_on, "observer_on"), th(fake_quant_on, "fake_quant_on"), th(running_min, "running_min"), th(running_max, "running_max"), th(scale, "scale"), th(zero_point, "zero_point"), averaging_const, quant_min, quant_max, ch_axis, per_row_fake_quant, symmetric_quant)); } catch (e) { throw fail(e, ["*self","*observer_on","*fake_quant_on","*running_min","*running_max","*scale","*zero_point","averaging_const","quant_min","quant_max","ch_axis","per_row_fake_quant","symmetric_quant"], [self, observer_on, fake_quant_on, running_min, running_max, scale, zero_point, averaging_const, quant_min, quant_max, ch_axis, per_row_fake_quant, symmetric_quant]); }
}

let ID_gather = -1;
/** `aten::gather(Tensor self, int dim, Tensor index, *, bool sparse_grad=False) -> Tensor` */
export function gather(self: Tensor, dim: number, index: Tensor, sparse_grad?: boolean): Tensor {
  if (ID_gather < 0) ID_gather = resolve("aten::gather", "");
  try { return wrap(op(ID_gather, th(self, "self"), dim, th(index, "index"), sparse_grad)); } catch (e) { throw fail(e, ["*self","dim","*index","sparse_grad"], [self, dim, index, sparse_grad]); }
}

let ID_gather_dimname = -1;
/** `aten::gather.dimname(Tensor self, str dim, Tensor index, *, bool sparse_grad=False) -> Tensor` */
export function gather_dimname(self: Tensor, dim: string, index: Tensor, sparse_grad?: boolean): Tensor {
  if (ID_gather_dimname < 0) ID_gather_dimname = resolve("aten::gather", "dimname");
  try { return wrap(op(ID_gather_dimname, th(self, "self"), dim, th(index, "index"), sparse_grad)); } catch (e) { throw fail(e, ["*self","dim","*index","sparse_grad"], [self, dim, index, sparse_grad]); }
}

let ID_gather_backward = -1;
/** `aten::gather_backward(Tensor grad, Tensor self, int dim, Tensor index, bool sparse_grad) -> Tensor` */
export function gather_backward(grad: Tensor, self: Tensor, dim: number, index: Tensor, sparse_grad: boolean): Tensor {
  if (ID_gather_backward < 0) ID_gather_backward = resolve("aten::gather_backward", "");
  try { return wrap(op(ID_gather_backward, th(grad, "grad"), th(self, "self"), dim, th(index, "index"), sparse_grad)); } catch (e) { throw fail(e, ["*grad","*self","dim","*index","sparse_grad"], [grad, self, dim, index, sparse_grad]); }
}

let ID_gcd = -1;
/** `aten::gcd(Tensor self, Tensor other) -> Tensor` */
export function gcd(self: Tensor, other: Tensor): Tensor {
  if (ID_gcd < 0) ID_gcd = resolve("aten::gcd", "");
  try { return wrap(op(ID_gcd, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_gcd_ = -1;
/** `aten::gcd_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function gcd_(self: Tensor, other: Tensor): Tensor {
  if (ID_gcd_ < 0) ID_gcd_ = resolve("aten::gcd_", "");
  try { return wrap(op(ID_gcd_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_ge_Scalar = -1;
/** `aten::ge.Scalar(Tensor self, Scalar other) -> Tensor` */
export function ge_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_ge_Scalar < 0) ID_ge_Scalar = resolve("aten::ge", "Scalar");
  try { return wrap(op(ID_ge_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_ge_Tensor = -1;
/** `aten::ge.Tensor(Tensor self, Tensor other) -> Tensor` */
export function ge_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_ge_Tensor < 0) ID_ge_Tensor = resolve("aten::ge", "Tensor");
  try { return wrap(op(ID_ge_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_ge__Scalar = -1;
/** `aten::ge_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function ge__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_ge__Scalar < 0) ID_ge__Scalar = resolve("aten::ge_", "Scalar");
  try { return wrap(op(ID_ge__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_ge__Tensor = -1;
/** `aten::ge_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function ge__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_ge__Tensor < 0) ID_ge__Tensor = resolve("aten::ge_", "Tensor");
  try { return wrap(op(ID_ge__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_gelu = -1;
/** `aten::gelu(Tensor self, *, str approximate="none") -> Tensor` */
export function gelu(self: Tensor, approximate?: string): Tensor {
  if (ID_gelu < 0) ID_gelu = resolve("aten::gelu", "");
  try { return wrap(op(ID_gelu, th(self, "self"), approximate)); } catch (e) { throw fail(e, ["*self","approximate"], [self, approximate]); }
}

let ID_gelu_ = -1;
/** `aten::gelu_(Tensor(a!) self, *, str approximate="none") -> Tensor(a!)` */
export function gelu_(self: Tensor, approximate?: string): Tensor {
  if (ID_gelu_ < 0) ID_gelu_ = resolve("aten::gelu_", "");
  try { return wrap(op(ID_gelu_, th(self, "self"), approximate)); } catch (e) { throw fail(e, ["*self","approximate"], [self, approximate]); }
}

let ID_gelu_backward = -1;
/** `aten::gelu_backward(Tensor grad_output, Tensor self, *, str approximate="none") -> Tensor` */
export function gelu_backward(grad_output: Tensor, self: Tensor, approximate?: string): Tensor {
  if (ID_gelu_backward < 0) ID_gelu_backward = resolve("aten::gelu_backward", "");
  try { return wrap(op(ID_gelu_backward, th(grad_output, "grad_output"), th(self, "self"), approximate)); } catch (e) { throw fail(e, ["*grad_output","*self","approximate"], [grad_output, self, approximate]); }
}

let ID_geometric = -1;
/** `aten::geometric(Tensor self, float p, *, Generator? generator=None) -> Tensor` */
export function geometric(self: Tensor, p: number): Tensor {
  if (ID_geometric < 0) ID_geometric = resolve("aten::geometric", "");
  try { return wrap(op(ID_geometric, th(self, "self"), p, undefined)); } catch (e) { throw fail(e, ["*self","p","generator"], [self, p, undefined]); }
}

let ID_geometric_ = -1;
/** `aten::geometric_(Tensor(a!) self, float p, *, Generator? generator=None) -> Tensor(a!)` */
export function geometric_(self: Tensor, p: number): Tensor {
  if (ID_geometric_ < 0) ID_geometric_ = resolve("aten::geometric_", "");
  try { return wrap(op(ID_geometric_, th(self, "self"), p, undefined)); } catch (e) { throw fail(e, ["*self","p","generator"], [self, p, undefined]); }
}

let ID_geqrf = -1;
/** `aten::geqrf(Tensor self) -> (Tensor a, Tensor tau)` */
export function geqrf(self: Tensor): [Tensor, Tensor] {
  if (ID_geqrf < 0) ID_geqrf = resolve("aten::geqrf", "");
  let r: unknown[];
  try { r = op(ID_geqrf, th(self, "self")) as unknown[]; } catch (e) { throw fail(e, ["*self"], [self]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_ger = -1;
/** `aten::ger(Tensor self, Tensor vec2) -> Tensor` */
export function ger(self: Tensor, vec2: Tensor): Tensor {
  if (ID_ger < 0) ID_ger = resolve("aten::ger", "");
  try { return wrap(op(ID_ger, th(self, "self"), th(vec2, "vec2"))); } catch (e) { throw fail(e, ["*self","*vec2"], [self, vec2]); }
}

let ID_glu = -1;
/** `aten::glu(Tensor self, int dim=-1) -> Tensor` */
export function glu(self: Tensor, dim?: number): Tensor {
  if (ID_glu < 0) ID_glu = resolve("aten::glu", "");
  try { return wrap(op(ID_glu, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_glu_backward = -1;
/** `aten::glu_backward(Tensor grad_output, Tensor self, int dim) -> Tensor` */
export function glu_backward(grad_output: Tensor, self: Tensor, dim: number): Tensor {
  if (ID_glu_backward < 0) ID_glu_backward = resolve("aten::glu_backward", "");
  try { return wrap(op(ID_glu_backward, th(grad_output, "grad_output"), th(self, "self"), dim)); } catch (e) { throw fail(e, ["*grad_output","*self","dim"], [grad_output, self, dim]); }
}

let ID_glu_backward_jvp = -1;
/** `aten::glu_backward_jvp(Tensor grad_x, Tensor grad_glu, Tensor x, Tensor dgrad_glu, Tensor dx, int dim) -> Tensor` */
export function glu_backward_jvp(grad_x: Tensor, grad_glu: Tensor, x: Tensor, dgrad_glu: Tensor, dx: Tensor, dim: number): Tensor {
  if (ID_glu_backward_jvp < 0) ID_glu_backward_jvp = resolve("aten::glu_backward_jvp", "");
  try { return wrap(op(ID_glu_backward_jvp, th(grad_x, "grad_x"), th(grad_glu, "grad_glu"), th(x, "x"), th(dgrad_glu, "dgrad_glu"), th(dx, "dx"), dim)); } catch (e) { throw fail(e, ["*grad_x","*grad_glu","*x","*dgrad_glu","*dx","dim"], [grad_x, grad_glu, x, dgrad_glu, dx, dim]); }
}

let ID_glu_jvp = -1;
/** `aten::glu_jvp(Tensor glu, Tensor x, Tensor dx, int dim) -> Tensor` */
export function glu_jvp(glu: Tensor, x: Tensor, dx: Tensor, dim: number): Tensor {
  if (ID_glu_jvp < 0) ID_glu_jvp = resolve("aten::glu_jvp", "");
  try { return wrap(op(ID_glu_jvp, th(glu, "glu"), th(x, "x"), th(dx, "dx"), dim)); } catch (e) { throw fail(e, ["*glu","*x","*dx","dim"], [glu, x, dx, dim]); }
}

let ID_gradient_array = -1;
/** `aten::gradient.array(Tensor self, *, int[] dim, int edge_order=1) -> Tensor[]` */
export function gradient_array(self: Tensor, dim: number | number[], edge_order?: number): Tensor[] {
  if (ID_gradient_array < 0) ID_gradient_array = resolve("aten::gradient", "array");
  try { return wrapList(op(ID_gradient_array, th(self, "self"), dim, edge_order)); } catch (e) { throw fail(e, ["*self","dim","edge_order"], [self, dim, edge_order]); }
}

let ID_gradient_scalararray = -1;
/** `aten::gradient.scalararray(Tensor self, *, Scalar spacing, int[] dim, int edge_order=1) -> Tensor[]` */
export function gradient_scalararray(self: Tensor, spacing: Scalar, dim: number | number[], edge_order?: number): Tensor[] {
  if (ID_gradient_scalararray < 0) ID_gradient_scalararray = resolve("aten::gradient", "scalararray");
  try { return wrapList(op(ID_gradient_scalararray, th(self, "self"), spacing, dim, edge_order)); } catch (e) { throw fail(e, ["*self","spacing","dim","edge_order"], [self, spacing, dim, edge_order]); }
}

let ID_gradient_scalarint = -1;
/** `aten::gradient.scalarint(Tensor self, *, Scalar? spacing=None, int? dim=None, int edge_order=1) -> Tensor[]` */
export function gradient_scalarint(self: Tensor, spacing?: Scalar | null, dim?: number | null, edge_order?: number): Tensor[] {
  if (ID_gradient_scalarint < 0) ID_gradient_scalarint = resolve("aten::gradient", "scalarint");
  try { return wrapList(op(ID_gradient_scalarint, th(self, "self"), spacing, dim, edge_order)); } catch (e) { throw fail(e, ["*self","spacing","dim","edge_order"], [self, spacing, dim, edge_order]); }
}

let ID_gradient_tensorarray = -1;
/** `aten::gradient.tensorarray(Tensor self, *, Tensor[] spacing, int[] dim, int edge_order=1) -> Tensor[]` */
export function gradient_tensorarray(self: Tensor, spacing: Tensor[], dim: number | number[], edge_order?: number): Tensor[] {
  if (ID_gradient_tensorarray < 0) ID_gradient_tensorarray = resolve("aten::gradient", "tensorarray");
  try { return wrapList(op(ID_gradient_tensorarray, th(self, "self"), ths(spacing, "spacing"), dim, edge_order)); } catch (e) { throw fail(e, ["*self","spacing","dim","edge_order"], [self, spacing, dim, edge_order]); }
}

let ID_gradient_tensorarrayint = -1;
/** `aten::gradient.tensorarrayint(Tensor self, *, Tensor[] spacing, int? dim=None, int edge_order=1) -> Tensor[]` */
export function gradient_tensorarrayint(self: Tensor, spacing: Tensor[], dim?: number | null, edge_order?: number): Tensor[] {
  if (ID_gradient_tensorarrayint < 0) ID_gradient_tensorarrayint = resolve("aten::gradient", "tensorarrayint");
  try { return wrapList(op(ID_gradient_tensorarrayint, th(self, "self"), ths(spacing, "spacing"), dim, edge_order)); } catch (e) { throw fail(e, ["*self","spacing","dim","edge_order"], [self, spacing, dim, edge_order]); }
}

let ID_greater_Scalar = -1;
/** `aten::greater.Scalar(Tensor self, Scalar other) -> Tensor` */
export function greater_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_greater_Scalar < 0) ID_greater_Scalar = resolve("aten::greater", "Scalar");
  try { return wrap(op(ID_greater_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_greater_Tensor = -1;
/** `aten::greater.Tensor(Tensor self, Tensor other) -> Tensor` */
export function greater_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_greater_Tensor < 0) ID_greater_Tensor = resolve("aten::greater", "Tensor");
  try { return wrap(op(ID_greater_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_greater__Scalar = -1;
/** `aten::greater_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function greater__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_greater__Scalar < 0) ID_greater__Scalar = resolve("aten::greater_", "Scalar");
  try { return wrap(op(ID_greater__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_greater__Tensor = -1;
/** `aten::greater_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function greater__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_greater__Tensor < 0) ID_greater__Tensor = resolve("aten::greater_", "Tensor");
  try { return wrap(op(ID_greater__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_greater_equal_Scalar = -1;
/** `aten::greater_equal.Scalar(Tensor self, Scalar other) -> Tensor` */
export function greater_equal_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_greater_equal_Scalar < 0) ID_greater_equal_Scalar = resolve("aten::greater_equal", "Scalar");
  try { return wrap(op(ID_greater_equal_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_greater_equal_Tensor = -1;
/** `aten::greater_equal.Tensor(Tensor self, Tensor other) -> Tensor` */
export function greater_equal_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_greater_equal_Tensor < 0) ID_greater_equal_Tensor = resolve("aten::greater_equal", "Tensor");
  try { return wrap(op(ID_greater_equal_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_greater_equal__Scalar = -1;
/** `aten::greater_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function greater_equal__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_greater_equal__Scalar < 0) ID_greater_equal__Scalar = resolve("aten::greater_equal_", "Scalar");
  try { return wrap(op(ID_greater_equal__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_greater_equal__Tensor = -1;
/** `aten::greater_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function greater_equal__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_greater_equal__Tensor < 0) ID_greater_equal__Tensor = resolve("aten::greater_equal_", "Tensor");
  try { return wrap(op(ID_greater_equal__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_grid_sampler = -1;
/** `aten::grid_sampler(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor` */
export function grid_sampler(input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean): Tensor {
  if (ID_grid_sampler < 0) ID_grid_sampler = resolve("aten::grid_sampler", "");
  try { return wrap(op(ID_grid_sampler, th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners)); } catch (e) { throw fail(e, ["*input","*grid","interpolation_mode","padding_mode","align_corners"], [input, grid, interpolation_mode, padding_mode, align_corners]); }
}

let ID_grid_sampler_2d = -1;
/** `aten::grid_sampler_2d(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor` */
export function grid_sampler_2d(input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean): Tensor {
  if (ID_grid_sampler_2d < 0) ID_grid_sampler_2d = resolve("aten::grid_sampler_2d", "");
  try { return wrap(op(ID_grid_sampler_2d, th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners)); } catch (e) { throw fail(e, ["*input","*grid","interpolation_mode","padding_mode","align_corners"], [input, grid, interpolation_mode, padding_mode, align_corners]); }
}

let ID_grid_sampler_2d_backward = -1;
/** `aten::grid_sampler_2d_backward(Tensor grad_output, Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners, bool[2] output_mask) -> (Tensor, Tensor)` */
export function grid_sampler_2d_backward(grad_output: Tensor, input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean, output_mask: boolean[]): [Tensor, Tensor] {
  if (ID_grid_sampler_2d_backward < 0) ID_grid_sampler_2d_backward = resolve("aten::grid_sampler_2d_backward", "");
  let r: unknown[];
  try { r = op(ID_grid_sampler_2d_backward, th(grad_output, "grad_output"), th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*input","*grid","interpolation_mode","padding_mode","align_corners","output_mask"], [grad_output, input, grid, interpolation_mode, padding_mode, align_corners, output_mask]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_grid_sampler_3d = -1;
/** `aten::grid_sampler_3d(Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners) -> Tensor` */
export function grid_sampler_3d(input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean): Tensor {
  if (ID_grid_sampler_3d < 0) ID_grid_sampler_3d = resolve("aten::grid_sampler_3d", "");
  try { return wrap(op(ID_grid_sampler_3d, th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners)); } catch (e) { throw fail(e, ["*input","*grid","interpolation_mode","padding_mode","align_corners"], [input, grid, interpolation_mode, padding_mode, align_corners]); }
}

let ID_grid_sampler_3d_backward = -1;
/** `aten::grid_sampler_3d_backward(Tensor grad_output, Tensor input, Tensor grid, int interpolation_mode, int padding_mode, bool align_corners, bool[2] output_mask) -> (Tensor, Tensor)` */
export function grid_sampler_3d_backward(grad_output: Tensor, input: Tensor, grid: Tensor, interpolation_mode: number, padding_mode: number, align_corners: boolean, output_mask: boolean[]): [Tensor, Tensor] {
  if (ID_grid_sampler_3d_backward < 0) ID_grid_sampler_3d_backward = resolve("aten::grid_sampler_3d_backward", "");
  let r: unknown[];
  try { r = op(ID_grid_sampler_3d_backward, th(grad_output, "grad_output"), th(input, "input"), th(grid, "grid"), interpolation_mode, padding_mode, align_corners, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*input","*grid","interpolation_mode","padding_mode","align_corners","output_mask"], [grad_output, input, grid, interpolation_mode, padding_mode, align_corners, output_mask]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_group_norm = -1;
/** `aten::group_norm(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1.0000000000000001e-05, bool cudnn_enabled=True) -> Tensor` */
export function group_norm(input: Tensor, num_groups: number, weight?: Tensor | null, bias?: Tensor | null, eps?: number, cudnn_enabled?: boolean): Tensor {
  if (ID_group_norm < 0) ID_group_norm = resolve("aten::group_norm", "");
  try { return wrap(op(ID_group_norm, th(input, "input"), num_groups, oth(weight, "weight"), oth(bias, "bias"), eps, cudnn_enabled)); } catch (e) { throw fail(e, ["*input","num_groups","*weight","*bias","eps","cudnn_enabled"], [input, num_groups, weight, bias, eps, cudnn_enabled]); }
}

let ID_gru_data = -1;
/** `aten::gru.data(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)` */
export function gru_data(data: Tensor, batch_sizes: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor] {
  if (ID_gru_data < 0) ID_gru_data = resolve("aten::gru", "data");
  let r: unknown[];
  try { r = op(ID_gru_data, th(data, "data"), th(batch_sizes, "batch_sizes"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","*hx","params","has_biases","num_layers","dropout","train","bidirectional"], [data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_gru_input = -1;
/** `aten::gru.input(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)` */
export function gru_input(input: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor] {
  if (ID_gru_input < 0) ID_gru_input = resolve("aten::gru", "input");
  let r: unknown[];
  try { r = op(ID_gru_input, th(input, "input"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","*hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_gru_cell = -1;
/** `aten::gru_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> Tensor` */
export function gru_cell(input: Tensor, hx: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih?: Tensor | null, b_hh?: Tensor | null): Tensor {
  if (ID_gru_cell < 0) ID_gru_cell = resolve("aten::gru_cell", "");
  try { return wrap(op(ID_gru_cell, th(input, "input"), th(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), oth(b_ih, "b_ih"), oth(b_hh, "b_hh"))); } catch (e) { throw fail(e, ["*input","*hx","*w_ih","*w_hh","*b_ih","*b_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh]); }
}

let ID_gt_Scalar = -1;
/** `aten::gt.Scalar(Tensor self, Scalar other) -> Tensor` */
export function gt_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_gt_Scalar < 0) ID_gt_Scalar = resolve("aten::gt", "Scalar");
  try { return wrap(op(ID_gt_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_gt_Tensor = -1;
/** `aten::gt.Tensor(Tensor self, Tensor other) -> Tensor` */
export function gt_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_gt_Tensor < 0) ID_gt_Tensor = resolve("aten::gt", "Tensor");
  try { return wrap(op(ID_gt_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_gt__Scalar = -1;
/** `aten::gt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function gt__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_gt__Scalar < 0) ID_gt__Scalar = resolve("aten::gt_", "Scalar");
  try { return wrap(op(ID_gt__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_gt__Tensor = -1;
/** `aten::gt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function gt__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_gt__Tensor < 0) ID_gt__Tensor = resolve("aten::gt_", "Tensor");
  try { return wrap(op(ID_gt__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_hamming_window = -1;
/** `aten::hamming_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function hamming_window(window_length: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_hamming_window < 0) ID_hamming_window = resolve("aten::hamming_window", "");
  try { return wrap(op(ID_hamming_window, window_length, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","dtype","layout","device","pin_memory"], [window_length, dtype, layout, device, pin_memory]); }
}

let ID_hamming_window_periodic = -1;
/** `aten::hamming_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function hamming_window_periodic(window_length: number, periodic: boolean, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_hamming_window_periodic < 0) ID_hamming_window_periodic = resolve("aten::hamming_window", "periodic");
  try { return wrap(op(ID_hamming_window_periodic, window_length, periodic, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","dtype","layout","device","pin_memory"], [window_length, periodic, dtype, layout, device, pin_memory]); }
}

let ID_hamming_window_periodic_alpha = -1;
/** `aten::hamming_window.periodic_alpha(int window_length, bool periodic, float alpha, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function hamming_window_periodic_alpha(window_length: number, periodic: boolean, alpha: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_hamming_window_periodic_alpha < 0) ID_hamming_window_periodic_alpha = resolve("aten::hamming_window", "periodic_alpha");
  try { return wrap(op(ID_hamming_window_periodic_alpha, window_length, periodic, alpha, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","alpha","dtype","layout","device","pin_memory"], [window_length, periodic, alpha, dtype, layout, device, pin_memory]); }
}

let ID_hamming_window_periodic_alpha_beta = -1;
/** `aten::hamming_window.periodic_alpha_beta(int window_length, bool periodic, float alpha, float beta, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function hamming_window_periodic_alpha_beta(window_length: number, periodic: boolean, alpha: number, beta: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_hamming_window_periodic_alpha_beta < 0) ID_hamming_window_periodic_alpha_beta = resolve("aten::hamming_window", "periodic_alpha_beta");
  try { return wrap(op(ID_hamming_window_periodic_alpha_beta, window_length, periodic, alpha, beta, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","alpha","beta","dtype","layout","device","pin_memory"], [window_length, periodic, alpha, beta, dtype, layout, device, pin_memory]); }
}

let ID_hann_window = -1;
/** `aten::hann_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function hann_window(window_length: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_hann_window < 0) ID_hann_window = resolve("aten::hann_window", "");
  try { return wrap(op(ID_hann_window, window_length, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","dtype","layout","device","pin_memory"], [window_length, dtype, layout, device, pin_memory]); }
}

let ID_hann_window_periodic = -1;
/** `aten::hann_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function hann_window_periodic(window_length: number, periodic: boolean, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_hann_window_periodic < 0) ID_hann_window_periodic = resolve("aten::hann_window", "periodic");
  try { return wrap(op(ID_hann_window_periodic, window_length, periodic, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","dtype","layout","device","pin_memory"], [window_length, periodic, dtype, layout, device, pin_memory]); }
}

let ID_hardshrink = -1;
/** `aten::hardshrink(Tensor self, Scalar lambd=0.5) -> Tensor` */
export function hardshrink(self: Tensor, lambd?: Scalar): Tensor {
  if (ID_hardshrink < 0) ID_hardshrink = resolve("aten::hardshrink", "");
  try { return wrap(op(ID_hardshrink, th(self, "self"), lambd)); } catch (e) { throw fail(e, ["*self","lambd"], [self, lambd]); }
}

let ID_hardshrink_backward = -1;
/** `aten::hardshrink_backward(Tensor grad_out, Tensor self, Scalar lambd) -> Tensor` */
export function hardshrink_backward(grad_out: Tensor, self: Tensor, lambd: Scalar): Tensor {
  if (ID_hardshrink_backward < 0) ID_hardshrink_backward = resolve("aten::hardshrink_backward", "");
  try { return wrap(op(ID_hardshrink_backward, th(grad_out, "grad_out"), th(self, "self"), lambd)); } catch (e) { throw fail(e, ["*grad_out","*self","lambd"], [grad_out, self, lambd]); }
}

let ID_hardsigmoid = -1;
/** `aten::hardsigmoid(Tensor self) -> Tensor` */
export function hardsigmoid(self: Tensor): Tensor {
  if (ID_hardsigmoid < 0) ID_hardsigmoid = resolve("aten::hardsigmoid", "");
  try { return wrap(op(ID_hardsigmoid, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_hardsigmoid_ = -1;
/** `aten::hardsigmoid_(Tensor(a!) self) -> Tensor(a!)` */
export function hardsigmoid_(self: Tensor): Tensor {
  if (ID_hardsigmoid_ < 0) ID_hardsigmoid_ = resolve("aten::hardsigmoid_", "");
  try { return wrap(op(ID_hardsigmoid_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_hardsigmoid_backward = -1;
/** `aten::hardsigmoid_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function hardsigmoid_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID_hardsigmoid_backward < 0) ID_hardsigmoid_backward = resolve("aten::hardsigmoid_backward", "");
  try { return wrap(op(ID_hardsigmoid_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID_hardswish = -1;
/** `aten::hardswish(Tensor self) -> Tensor` */
export function hardswish(self: Tensor): Tensor {
  if (ID_hardswish < 0) ID_hardswish = resolve("aten::hardswish", "");
  try { return wrap(op(ID_hardswish, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_hardswish_ = -1;
/** `aten::hardswish_(Tensor(a!) self) -> Tensor(a!)` */
export function hardswish_(self: Tensor): Tensor {
  if (ID_hardswish_ < 0) ID_hardswish_ = resolve("aten::hardswish_", "");
  try { return wrap(op(ID_hardswish_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_hardswish_backward = -1;
/** `aten::hardswish_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function hardswish_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID_hardswish_backward < 0) ID_hardswish_backward = resolve("aten::hardswish_backward", "");
  try { return wrap(op(ID_hardswish_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID_hardtanh = -1;
/** `aten::hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor` */
export function hardtanh(self: Tensor, min_val?: Scalar, max_val?: Scalar): Tensor {
  if (ID_hardtanh < 0) ID_hardtanh = resolve("aten::hardtanh", "");
  try { return wrap(op(ID_hardtanh, th(self, "self"), min_val, max_val)); } catch (e) { throw fail(e, ["*self","min_val","max_val"], [self, min_val, max_val]); }
}

let ID_hardtanh_ = -1;
/** `aten::hardtanh_(Tensor(a!) self, Scalar min_val=-1, Scalar max_val=1) -> Tensor(a!)` */
export function hardtanh_(self: Tensor, min_val?: Scalar, max_val?: Scalar): Tensor {
  if (ID_hardtanh_ < 0) ID_hardtanh_ = resolve("aten::hardtanh_", "");
  try { return wrap(op(ID_hardtanh_, th(self, "self"), min_val, max_val)); } catch (e) { throw fail(e, ["*self","min_val","max_val"], [self, min_val, max_val]); }
}

let ID_hardtanh_backward = -1;
/** `aten::hardtanh_backward(Tensor grad_output, Tensor self, Scalar min_val, Scalar max_val) -> Tensor` */
export function hardtanh_backward(grad_output: Tensor, self: Tensor, min_val: Scalar, max_val: Scalar): Tensor {
  if (ID_hardtanh_backward < 0) ID_hardtanh_backward = resolve("aten::hardtanh_backward", "");
  try { return wrap(op(ID_hardtanh_backward, th(grad_output, "grad_output"), th(self, "self"), min_val, max_val)); } catch (e) { throw fail(e, ["*grad_output","*self","min_val","max_val"], [grad_output, self, min_val, max_val]); }
}

let ID_heaviside = -1;
/** `aten::heaviside(Tensor self, Tensor values) -> Tensor` */
export function heaviside(self: Tensor, values: Tensor): Tensor {
  if (ID_heaviside < 0) ID_heaviside = resolve("aten::heaviside", "");
  try { return wrap(op(ID_heaviside, th(self, "self"), th(values, "values"))); } catch (e) { throw fail(e, ["*self","*values"], [self, values]); }
}

let ID_heaviside_ = -1;
/** `aten::heaviside_(Tensor(a!) self, Tensor values) -> Tensor(a!)` */
export function heaviside_(self: Tensor, values: Tensor): Tensor {
  if (ID_heaviside_ < 0) ID_heaviside_ = resolve("aten::heaviside_", "");
  try { return wrap(op(ID_heaviside_, th(self, "self"), th(values, "values"))); } catch (e) { throw fail(e, ["*self","*values"], [self, values]); }
}

let ID_hinge_embedding_loss = -1;
/** `aten::hinge_embedding_loss(Tensor self, Tensor target, float margin=1., int reduction=1) -> Tensor` */
export function hinge_embedding_loss(self: Tensor, target: Tensor, margin?: number, reduction?: number): Tensor {
  if (ID_hinge_embedding_loss < 0) ID_hinge_embedding_loss = resolve("aten::hinge_embedding_loss", "");
  try { return wrap(op(ID_hinge_embedding_loss, th(self, "self"), th(target, "target"), margin, reduction)); } catch (e) { throw fail(e, ["*self","*target","margin","reduction"], [self, target, margin, reduction]); }
}

let ID_histc = -1;
/** `aten::histc(Tensor self, int bins=100, Scalar min=0, Scalar max=0) -> Tensor` */
export function histc(self: Tensor, bins?: number, min?: Scalar, max?: Scalar): Tensor {
  if (ID_histc < 0) ID_histc = resolve("aten::histc", "");
  try { return wrap(op(ID_histc, th(self, "self"), bins, min, max)); } catch (e) { throw fail(e, ["*self","bins","min","max"], [self, bins, min, max]); }
}

let ID_histogram_bin_ct = -1;
/** `aten::histogram.bin_ct(Tensor self, int bins=100, *, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor bin_edges)` */
export function histogram_bin_ct(self: Tensor, bins?: number, range?: number[] | null, weight?: Tensor | null, density?: boolean): [Tensor, Tensor] {
  if (ID_histogram_bin_ct < 0) ID_histogram_bin_ct = resolve("aten::histogram", "bin_ct");
  let r: unknown[];
  try { r = op(ID_histogram_bin_ct, th(self, "self"), bins, range, oth(weight, "weight"), density) as unknown[]; } catch (e) { throw fail(e, ["*self","bins","range","*weight","density"], [self, bins, range, weight, density]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_histogram_bins_tensor = -1;
/** `aten::histogram.bins_tensor(Tensor self, Tensor bins, *, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor bin_edges)` */
export function histogram_bins_tensor(self: Tensor, bins: Tensor, weight?: Tensor | null, density?: boolean): [Tensor, Tensor] {
  if (ID_histogram_bins_tensor < 0) ID_histogram_bins_tensor = resolve("aten::histogram", "bins_tensor");
  let r: unknown[];
  try { r = op(ID_histogram_bins_tensor, th(self, "self"), th(bins, "bins"), oth(weight, "weight"), density) as unknown[]; } catch (e) { throw fail(e, ["*self","*bins","*weight","density"], [self, bins, weight, density]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_histogramdd = -1;
/** `aten::histogramdd(Tensor self, int[] bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)` */
export function histogramdd(self: Tensor, bins: number | number[], range?: number[] | null, weight?: Tensor | null, density?: boolean): [Tensor, Tensor[]] {
  if (ID_histogramdd < 0) ID_histogramdd = resolve("aten::histogramdd", "");
  let r: unknown[];
  try { r = op(ID_histogramdd, th(self, "self"), bins, range, oth(weight, "weight"), density) as unknown[]; } catch (e) { throw fail(e, ["*self","bins","range","*weight","density"], [self, bins, range, weight, density]); }
  return [wrap(r[0]), wrapList(r[1])];
}

let ID_histogramdd_TensorList_bins = -1;
/** `aten::histogramdd.TensorList_bins(Tensor self, Tensor[] bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)` */
export function histogramdd_TensorList_bins(self: Tensor, bins: Tensor[], range?: number[] | null, weight?: Tensor | null, density?: boolean): [Tensor, Tensor[]] {
  if (ID_histogramdd_TensorList_bins < 0) ID_histogramdd_TensorList_bins = resolve("aten::histogramdd", "TensorList_bins");
  let r: unknown[];
  try { r = op(ID_histogramdd_TensorList_bins, th(self, "self"), ths(bins, "bins"), range, oth(weight, "weight"), density) as unknown[]; } catch (e) { throw fail(e, ["*self","bins","range","*weight","density"], [self, bins, range, weight, density]); }
  return [wrap(r[0]), wrapList(r[1])];
}

let ID_histogramdd_int_bins = -1;
/** `aten::histogramdd.int_bins(Tensor self, int bins, float[]? range=None, Tensor? weight=None, bool density=False) -> (Tensor hist, Tensor[] bin_edges)` */
export function histogramdd_int_bins(self: Tensor, bins: number, range?: number[] | null, weight?: Tensor | null, density?: boolean): [Tensor, Tensor[]] {
  if (ID_histogramdd_int_bins < 0) ID_histogramdd_int_bins = resolve("aten::histogramdd", "int_bins");
  let r: unknown[];
  try { r = op(ID_histogramdd_int_bins, th(self, "self"), bins, range, oth(weight, "weight"), density) as unknown[]; } catch (e) { throw fail(e, ["*self","bins","range","*weight","density"], [self, bins, range, weight, density]); }
  return [wrap(r[0]), wrapList(r[1])];
}

let ID_hsplit_array = -1;
/** `aten::hsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]` */
export function hsplit_array(self: Tensor, indices: number | number[]): Tensor[] {
  if (ID_hsplit_array < 0) ID_hsplit_array = resolve("aten::hsplit", "array");
  try { return wrapList(op(ID_hsplit_array, th(self, "self"), indices)); } catch (e) { throw fail(e, ["*self","indices"], [self, indices]); }
}

let ID_hsplit_int = -1;
/** `aten::hsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]` */
export function hsplit_int(self: Tensor, sections: number): Tensor[] {
  if (ID_hsplit_int < 0) ID_hsplit_int = resolve("aten::hsplit", "int");
  try { return wrapList(op(ID_hsplit_int, th(self, "self"), sections)); } catch (e) { throw fail(e, ["*self","sections"], [self, sections]); }
}

let ID_hspmm = -1;
/** `aten::hspmm(Tensor mat1, Tensor mat2) -> Tensor` */
export function hspmm(mat1: Tensor, mat2: Tensor): Tensor {
  if (ID_hspmm < 0) ID_hspmm = resolve("aten::hspmm", "");
  try { return wrap(op(ID_hspmm, th(mat1, "mat1"), th(mat2, "mat2"))); } catch (e) { throw fail(e, ["*mat1","*mat2"], [mat1, mat2]); }
}

let ID_hstack = -1;
/** `aten::hstack(Tensor[] tensors) -> Tensor` */
export function hstack(tensors: Tensor[]): Tensor {
  if (ID_hstack < 0) ID_hstack = resolve("aten::hstack", "");
  try { return wrap(op(ID_hstack, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_huber_loss = -1;
/** `aten::huber_loss(Tensor self, Tensor target, int reduction=1, float delta=1.) -> Tensor` */
export function huber_loss(self: Tensor, target: Tensor, reduction?: number, delta?: number): Tensor {
  if (ID_huber_loss < 0) ID_huber_loss = resolve("aten::huber_loss", "");
  try { return wrap(op(ID_huber_loss, th(self, "self"), th(target, "target"), reduction, delta)); } catch (e) { throw fail(e, ["*self","*target","reduction","delta"], [self, target, reduction, delta]); }
}

let ID_huber_loss_backward = -1;
/** `aten::huber_loss_backward(Tensor grad_output, Tensor self, Tensor target, int reduction, float delta) -> Tensor` */
export function huber_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, reduction: number, delta: number): Tensor {
  if (ID_huber_loss_backward < 0) ID_huber_loss_backward = resolve("aten::huber_loss_backward", "");
  try { return wrap(op(ID_huber_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), reduction, delta)); } catch (e) { throw fail(e, ["*grad_output","*self","*target","reduction","delta"], [grad_output, self, target, reduction, delta]); }
}

let ID_hypot = -1;
/** `aten::hypot(Tensor self, Tensor other) -> Tensor` */
export function hypot(self: Tensor, other: Tensor): Tensor {
  if (ID_hypot < 0) ID_hypot = resolve("aten::hypot", "");
  try { return wrap(op(ID_hypot, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_hypot_ = -1;
/** `aten::hypot_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function hypot_(self: Tensor, other: Tensor): Tensor {
  if (ID_hypot_ < 0) ID_hypot_ = resolve("aten::hypot_", "");
  try { return wrap(op(ID_hypot_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_i0 = -1;
/** `aten::i0(Tensor self) -> Tensor` */
export function i0(self: Tensor): Tensor {
  if (ID_i0 < 0) ID_i0 = resolve("aten::i0", "");
  try { return wrap(op(ID_i0, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_i0_ = -1;
/** `aten::i0_(Tensor(a!) self) -> Tensor(a!)` */
export function i0_(self: Tensor): Tensor {
  if (ID_i0_ < 0) ID_i0_ = resolve("aten::i0_", "");
  try { return wrap(op(ID_i0_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_igamma = -1;
/** `aten::igamma(Tensor self, Tensor other) -> Tensor` */
export function igamma(self: Tensor, other: Tensor): Tensor {
  if (ID_igamma < 0) ID_igamma = resolve("aten::igamma", "");
  try { return wrap(op(ID_igamma, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_igamma_ = -1;
/** `aten::igamma_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function igamma_(self: Tensor, other: Tensor): Tensor {
  if (ID_igamma_ < 0) ID_igamma_ = resolve("aten::igamma_", "");
  try { return wrap(op(ID_igamma_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_igammac = -1;
/** `aten::igammac(Tensor self, Tensor other) -> Tensor` */
export function igammac(self: Tensor, other: Tensor): Tensor {
  if (ID_igammac < 0) ID_igammac = resolve("aten::igammac", "");
  try { return wrap(op(ID_igammac, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_igammac_ = -1;
/** `aten::igammac_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function igammac_(self: Tensor, other: Tensor): Tensor {
  if (ID_igammac_ < 0) ID_igammac_ = resolve("aten::igammac_", "");
  try { return wrap(op(ID_igammac_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_im2col = -1;
/** `aten::im2col(Tensor self, int[2] kernel_size, int[2] dilation, int[2] padding, int[2] stride) -> Tensor` */
export function im2col(self: Tensor, kernel_size: number | number[], dilation: number | number[], padding: number | number[], stride: number | number[]): Tensor {
  if (ID_im2col < 0) ID_im2col = resolve("aten::im2col", "");
  try { return wrap(op(ID_im2col, th(self, "self"), kernel_size, dilation, padding, stride)); } catch (e) { throw fail(e, ["*self","kernel_size","dilation","padding","stride"], [self, kernel_size, dilation, padding, stride]); }
}

let ID_imag = -1;
/** `aten::imag(Tensor(a) self) -> Tensor(a)` */
export function imag(self: Tensor): Tensor {
  if (ID_imag < 0) ID_imag = resolve("aten::imag", "");
  try { return wrap(op(ID_imag, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_index_Tensor = -1;
/** `aten::index.Tensor(Tensor self, Tensor?[] indices) -> Tensor` */
export function index_Tensor(self: Tensor, indices: (Tensor | null)[]): Tensor {
  if (ID_index_Tensor < 0) ID_index_Tensor = resolve("aten::index", "Tensor");
  try { return wrap(op(ID_index_Tensor, th(self, "self"), oths(indices, "indices"))); } catch (e) { throw fail(e, ["*self","indices"], [self, indices]); }
}

let ID_index_add = -1;
/** `aten::index_add(Tensor self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor` */
export function index_add(self: Tensor, dim: number, index: Tensor, source: Tensor, alpha?: Scalar): Tensor {
  if (ID_index_add < 0) ID_index_add = resolve("aten::index_add", "");
  try { return wrap(op(ID_index_add, th(self, "self"), dim, th(index, "index"), th(source, "source"), alpha)); } catch (e) { throw fail(e, ["*self","dim","*index","*source","alpha"], [self, dim, index, source, alpha]); }
}

let ID_index_add_dimname = -1;
/** `aten::index_add.dimname(Tensor self, str dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor` */
export function index_add_dimname(self: Tensor, dim: string, index: Tensor, source: Tensor, alpha?: Scalar): Tensor {
  if (ID_index_add_dimname < 0) ID_index_add_dimname = resolve("aten::index_add", "dimname");
  try { return wrap(op(ID_index_add_dimname, th(self, "self"), dim, th(index, "index"), th(source, "source"), alpha)); } catch (e) { throw fail(e, ["*self","dim","*index","*source","alpha"], [self, dim, index, source, alpha]); }
}

let ID_index_add_ = -1;
/** `aten::index_add_(Tensor(a!) self, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor(a!)` */
export function index_add_(self: Tensor, dim: number, index: Tensor, source: Tensor, alpha?: Scalar): Tensor {
  if (ID_index_add_ < 0) ID_index_add_ = resolve("aten::index_add_", "");
  try { return wrap(op(ID_index_add_, th(self, "self"), dim, th(index, "index"), th(source, "source"), alpha)); } catch (e) { throw fail(e, ["*self","dim","*index","*source","alpha"], [self, dim, index, source, alpha]); }
}

let ID_index_copy = -1;
/** `aten::index_copy(Tensor self, int dim, Tensor index, Tensor source) -> Tensor` */
export function index_copy(self: Tensor, dim: number, index: Tensor, source: Tensor): Tensor {
  if (ID_index_copy < 0) ID_index_copy = resolve("aten::index_copy", "");
  try { return wrap(op(ID_index_copy, th(self, "self"), dim, th(index, "index"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","dim","*index","*source"], [self, dim, index, source]); }
}

let ID_index_copy_dimname = -1;
/** `aten::index_copy.dimname(Tensor self, str dim, Tensor index, Tensor source) -> Tensor` */
export function index_copy_dimname(self: Tensor, dim: string, index: Tensor, source: Tensor): Tensor {
  if (ID_index_copy_dimname < 0) ID_index_copy_dimname = resolve("aten::index_copy", "dimname");
  try { return wrap(op(ID_index_copy_dimname, th(self, "self"), dim, th(index, "index"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","dim","*index","*source"], [self, dim, index, source]); }
}

let ID_index_copy_ = -1;
/** `aten::index_copy_(Tensor(a!) self, int dim, Tensor index, Tensor source) -> Tensor(a!)` */
export function index_copy_(self: Tensor, dim: number, index: Tensor, source: Tensor): Tensor {
  if (ID_index_copy_ < 0) ID_index_copy_ = resolve("aten::index_copy_", "");
  try { return wrap(op(ID_index_copy_, th(self, "self"), dim, th(index, "index"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","dim","*index","*source"], [self, dim, index, source]); }
}

let ID_index_copy__dimname = -1;
/** `aten::index_copy_.dimname(Tensor(a!) self, str dim, Tensor index, Tensor source) -> Tensor(a!)` */
export function index_copy__dimname(self: Tensor, dim: string, index: Tensor, source: Tensor): Tensor {
  if (ID_index_copy__dimname < 0) ID_index_copy__dimname = resolve("aten::index_copy_", "dimname");
  try { return wrap(op(ID_index_copy__dimname, th(self, "self"), dim, th(index, "index"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","dim","*index","*source"], [self, dim, index, source]); }
}

let ID_index_fill_Dimname_Scalar = -1;
/** `aten::index_fill.Dimname_Scalar(Tensor self, str dim, Tensor index, Scalar value) -> Tensor` */
export function index_fill_Dimname_Scalar(self: Tensor, dim: string, index: Tensor, value: Scalar): Tensor {
  if (ID_index_fill_Dimname_Scalar < 0) ID_index_fill_Dimname_Scalar = resolve("aten::index_fill", "Dimname_Scalar");
  try { return wrap(op(ID_index_fill_Dimname_Scalar, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_index_fill_Dimname_Tensor = -1;
/** `aten::index_fill.Dimname_Tensor(Tensor self, str dim, Tensor index, Tensor value) -> Tensor` */
export function index_fill_Dimname_Tensor(self: Tensor, dim: string, index: Tensor, value: Tensor): Tensor {
  if (ID_index_fill_Dimname_Tensor < 0) ID_index_fill_Dimname_Tensor = resolve("aten::index_fill", "Dimname_Tensor");
  try { return wrap(op(ID_index_fill_Dimname_Tensor, th(self, "self"), dim, th(index, "index"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","dim","*index","*value"], [self, dim, index, value]); }
}

let ID_index_fill_int_Scalar = -1;
/** `aten::index_fill.int_Scalar(Tensor self, int dim, Tensor index, Scalar value) -> Tensor` */
export function index_fill_int_Scalar(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor {
  if (ID_index_fill_int_Scalar < 0) ID_index_fill_int_Scalar = resolve("aten::index_fill", "int_Scalar");
  try { return wrap(op(ID_index_fill_int_Scalar, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_index_fill_int_Tensor = -1;
/** `aten::index_fill.int_Tensor(Tensor self, int dim, Tensor index, Tensor value) -> Tensor` */
export function index_fill_int_Tensor(self: Tensor, dim: number, index: Tensor, value: Tensor): Tensor {
  if (ID_index_fill_int_Tensor < 0) ID_index_fill_int_Tensor = resolve("aten::index_fill", "int_Tensor");
  try { return wrap(op(ID_index_fill_int_Tensor, th(self, "self"), dim, th(index, "index"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","dim","*index","*value"], [self, dim, index, value]); }
}

let ID_index_fill__Dimname_Scalar = -1;
/** `aten::index_fill_.Dimname_Scalar(Tensor(a!) self, str dim, Tensor index, Scalar value) -> Tensor(a!)` */
export function index_fill__Dimname_Scalar(self: Tensor, dim: string, index: Tensor, value: Scalar): Tensor {
  if (ID_index_fill__Dimname_Scalar < 0) ID_index_fill__Dimname_Scalar = resolve("aten::index_fill_", "Dimname_Scalar");
  try { return wrap(op(ID_index_fill__Dimname_Scalar, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_index_fill__Dimname_Tensor = -1;
/** `aten::index_fill_.Dimname_Tensor(Tensor(a!) self, str dim, Tensor index, Tensor value) -> Tensor(a!)` */
export function index_fill__Dimname_Tensor(self: Tensor, dim: string, index: Tensor, value: Tensor): Tensor {
  if (ID_index_fill__Dimname_Tensor < 0) ID_index_fill__Dimname_Tensor = resolve("aten::index_fill_", "Dimname_Tensor");
  try { return wrap(op(ID_index_fill__Dimname_Tensor, th(self, "self"), dim, th(index, "index"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","dim","*index","*value"], [self, dim, index, value]); }
}

let ID_index_fill__int_Scalar = -1;
/** `aten::index_fill_.int_Scalar(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)` */
export function index_fill__int_Scalar(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor {
  if (ID_index_fill__int_Scalar < 0) ID_index_fill__int_Scalar = resolve("aten::index_fill_", "int_Scalar");
  try { return wrap(op(ID_index_fill__int_Scalar, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_index_fill__int_Tensor = -1;
/** `aten::index_fill_.int_Tensor(Tensor(a!) self, int dim, Tensor index, Tensor value) -> Tensor(a!)` */
export function index_fill__int_Tensor(self: Tensor, dim: number, index: Tensor, value: Tensor): Tensor {
  if (ID_index_fill__int_Tensor < 0) ID_index_fill__int_Tensor = resolve("aten::index_fill_", "int_Tensor");
  try { return wrap(op(ID_index_fill__int_Tensor, th(self, "self"), dim, th(index, "index"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","dim","*index","*value"], [self, dim, index, value]); }
}

let ID_index_put = -1;
/** `aten::index_put(Tensor self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor` */
export function index_put(self: Tensor, indices: (Tensor | null)[], values: Tensor, accumulate?: boolean): Tensor {
  if (ID_index_put < 0) ID_index_put = resolve("aten::index_put", "");
  try { return wrap(op(ID_index_put, th(self, "self"), oths(indices, "indices"), th(values, "values"), accumulate)); } catch (e) { throw fail(e, ["*self","indices","*values","accumulate"], [self, indices, values, accumulate]); }
}

let ID_index_put_ = -1;
/** `aten::index_put_(Tensor(a!) self, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor(a!)` */
export function index_put_(self: Tensor, indices: (Tensor | null)[], values: Tensor, accumulate?: boolean): Tensor {
  if (ID_index_put_ < 0) ID_index_put_ = resolve("aten::index_put_", "");
  try { return wrap(op(ID_index_put_, th(self, "self"), oths(indices, "indices"), th(values, "values"), accumulate)); } catch (e) { throw fail(e, ["*self","indices","*values","accumulate"], [self, indices, values, accumulate]); }
}

let ID_index_reduce = -1;
/** `aten::index_reduce(Tensor self, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor` */
export function index_reduce(self: Tensor, dim: number, index: Tensor, source: Tensor, reduce: string, include_self?: boolean): Tensor {
  if (ID_index_reduce < 0) ID_index_reduce = resolve("aten::index_reduce", "");
  try { return wrap(op(ID_index_reduce, th(self, "self"), dim, th(index, "index"), th(source, "source"), reduce, include_self)); } catch (e) { throw fail(e, ["*self","dim","*index","*source","reduce","include_self"], [self, dim, index, source, reduce, include_self]); }
}

let ID_index_reduce_ = -1;
/** `aten::index_reduce_(Tensor(a!) self, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor(a!)` */
export function index_reduce_(self: Tensor, dim: number, index: Tensor, source: Tensor, reduce: string, include_self?: boolean): Tensor {
  if (ID_index_reduce_ < 0) ID_index_reduce_ = resolve("aten::index_reduce_", "");
  try { return wrap(op(ID_index_reduce_, th(self, "self"), dim, th(index, "index"), th(source, "source"), reduce, include_self)); } catch (e) { throw fail(e, ["*self","dim","*index","*source","reduce","include_self"], [self, dim, index, source, reduce, include_self]); }
}

let ID_index_select = -1;
/** `aten::index_select(Tensor self, int dim, Tensor index) -> Tensor` */
export function index_select(self: Tensor, dim: number, index: Tensor): Tensor {
  if (ID_index_select < 0) ID_index_select = resolve("aten::index_select", "");
  try { return wrap(op(ID_index_select, th(self, "self"), dim, th(index, "index"))); } catch (e) { throw fail(e, ["*self","dim","*index"], [self, dim, index]); }
}

let ID_index_select_dimname = -1;
/** `aten::index_select.dimname(Tensor self, str dim, Tensor index) -> Tensor` */
export function index_select_dimname(self: Tensor, dim: string, index: Tensor): Tensor {
  if (ID_index_select_dimname < 0) ID_index_select_dimname = resolve("aten::index_select", "dimname");
  try { return wrap(op(ID_index_select_dimname, th(self, "self"), dim, th(index, "index"))); } catch (e) { throw fail(e, ["*self","dim","*index"], [self, dim, index]); }
}

let ID_index_select_backward = -1;
/** `aten::index_select_backward(Tensor grad, int[] self_sizes, int dim, Tensor index) -> Tensor` */
export function index_select_backward(grad: Tensor, self_sizes: number | number[], dim: number, index: Tensor): Tensor {
  if (ID_index_select_backward < 0) ID_index_select_backward = resolve("aten::index_select_backward", "");
  try { return wrap(op(ID_index_select_backward, th(grad, "grad"), self_sizes, dim, th(index, "index"))); } catch (e) { throw fail(e, ["*grad","self_sizes","dim","*index"], [grad, self_sizes, dim, index]); }
}

let ID_indices = -1;
/** `aten::indices(Tensor(a) self) -> Tensor(a)` */
export function indices(self: Tensor): Tensor {
  if (ID_indices < 0) ID_indices = resolve("aten::indices", "");
  try { return wrap(op(ID_indices, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_indices_copy = -1;
/** `aten::indices_copy(Tensor self) -> Tensor` */
export function indices_copy(self: Tensor): Tensor {
  if (ID_indices_copy < 0) ID_indices_copy = resolve("aten::indices_copy", "");
  try { return wrap(op(ID_indices_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_infinitely_differentiable_gelu_backward = -1;
/** `aten::infinitely_differentiable_gelu_backward(Tensor grad, Tensor self) -> Tensor` */
export function infinitely_differentiable_gelu_backward(grad: Tensor, self: Tensor): Tensor {
  if (ID_infinitely_differentiable_gelu_backward < 0) ID_infinitely_differentiable_gelu_backward = resolve("aten::infinitely_differentiable_gelu_backward", "");
  try { return wrap(op(ID_infinitely_differentiable_gelu_backward, th(grad, "grad"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad","*self"], [grad, self]); }
}

let ID_inner = -1;
/** `aten::inner(Tensor self, Tensor other) -> Tensor` */
export function inner(self: Tensor, other: Tensor): Tensor {
  if (ID_inner < 0) ID_inner = resolve("aten::inner", "");
  try { return wrap(op(ID_inner, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_instance_norm = -1;
/** `aten::instance_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool use_input_stats, float momentum, float eps, bool cudnn_enabled) -> Tensor` */
export function instance_norm(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, use_input_stats: boolean, momentum: number, eps: number, cudnn_enabled: boolean): Tensor {
  if (ID_instance_norm < 0) ID_instance_norm = resolve("aten::instance_norm", "");
  try { return wrap(op(ID_instance_norm, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), use_input_stats, momentum, eps, cudnn_enabled)); } catch (e) { throw fail(e, ["*input","*weight","*bias","*running_mean","*running_var","use_input_stats","momentum","eps","cudnn_enabled"], [input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, cudnn_enabled]); }
}

let ID_int_repr = -1;
/** `aten::int_repr(Tensor self) -> Tensor` */
export function int_repr(self: Tensor): Tensor {
  if (ID_int_repr < 0) ID_int_repr = resolve("aten::int_repr", "");
  try { return wrap(op(ID_int_repr, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_inverse = -1;
/** `aten::inverse(Tensor self) -> Tensor` */
export function inverse(self: Tensor): Tensor {
  if (ID_inverse < 0) ID_inverse = resolve("aten::inverse", "");
  try { return wrap(op(ID_inverse, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_coalesced = -1;
/** `aten::is_coalesced(Tensor self) -> bool` */
export function is_coalesced(self: Tensor): boolean {
  if (ID_is_coalesced < 0) ID_is_coalesced = resolve("aten::is_coalesced", "");
  try { return op(ID_is_coalesced, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_complex = -1;
/** `aten::is_complex(Tensor self) -> bool` */
export function is_complex(self: Tensor): boolean {
  if (ID_is_complex < 0) ID_is_complex = resolve("aten::is_complex", "");
  try { return op(ID_is_complex, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_conj = -1;
/** `aten::is_conj(Tensor self) -> bool` */
export function is_conj(self: Tensor): boolean {
  if (ID_is_conj < 0) ID_is_conj = resolve("aten::is_conj", "");
  try { return op(ID_is_conj, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_distributed = -1;
/** `aten::is_distributed(Tensor self) -> bool` */
export function is_distributed(self: Tensor): boolean {
  if (ID_is_distributed < 0) ID_is_distributed = resolve("aten::is_distributed", "");
  try { return op(ID_is_distributed, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_floating_point = -1;
/** `aten::is_floating_point(Tensor self) -> bool` */
export function is_floating_point(self: Tensor): boolean {
  if (ID_is_floating_point < 0) ID_is_floating_point = resolve("aten::is_floating_point", "");
  try { return op(ID_is_floating_point, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_inference = -1;
/** `aten::is_inference(Tensor self) -> bool` */
export function is_inference(self: Tensor): boolean {
  if (ID_is_inference < 0) ID_is_inference = resolve("aten::is_inference", "");
  try { return op(ID_is_inference, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_leaf = -1;
/** `aten::is_leaf(Tensor self) -> bool` */
export function is_leaf(self: Tensor): boolean {
  if (ID_is_leaf < 0) ID_is_leaf = resolve("aten::is_leaf", "");
  try { return op(ID_is_leaf, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_neg = -1;
/** `aten::is_neg(Tensor self) -> bool` */
export function is_neg(self: Tensor): boolean {
  if (ID_is_neg < 0) ID_is_neg = resolve("aten::is_neg", "");
  try { return op(ID_is_neg, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_nonzero = -1;
/** `aten::is_nonzero(Tensor self) -> bool` */
export function is_nonzero(self: Tensor): boolean {
  if (ID_is_nonzero < 0) ID_is_nonzero = resolve("aten::is_nonzero", "");
  try { return op(ID_is_nonzero, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_same_size = -1;
/** `aten::is_same_size(Tensor self, Tensor other) -> bool` */
export function is_same_size(self: Tensor, other: Tensor): boolean {
  if (ID_is_same_size < 0) ID_is_same_size = resolve("aten::is_same_size", "");
  try { return op(ID_is_same_size, th(self, "self"), th(other, "other")) as boolean; } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_is_set_to = -1;
/** `aten::is_set_to(Tensor self, Tensor tensor) -> bool` */
export function is_set_to(self: Tensor, tensor: Tensor): boolean {
  if (ID_is_set_to < 0) ID_is_set_to = resolve("aten::is_set_to", "");
  try { return op(ID_is_set_to, th(self, "self"), th(tensor, "tensor")) as boolean; } catch (e) { throw fail(e, ["*self","*tensor"], [self, tensor]); }
}

let ID_is_signed = -1;
/** `aten::is_signed(Tensor self) -> bool` */
export function is_signed(self: Tensor): boolean {
  if (ID_is_signed < 0) ID_is_signed = resolve("aten::is_signed", "");
  try { return op(ID_is_signed, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_is_vulkan_available = -1;
/** `aten::is_vulkan_available() -> bool` */
export function is_vulkan_available(): boolean {
  if (ID_is_vulkan_available < 0) ID_is_vulkan_available = resolve("aten::is_vulkan_available", "");
  try { return op(ID_is_vulkan_available) as boolean; } catch (e) { throw fail(e, [], []); }
}

let ID_isclose = -1;
/** `aten::isclose(Tensor self, Tensor other, float rtol=1.0000000000000001e-05, float atol=1e-08, bool equal_nan=False) -> Tensor` */
export function isclose(self: Tensor, other: Tensor, rtol?: number, atol?: number, equal_nan?: boolean): Tensor {
  if (ID_isclose < 0) ID_isclose = resolve("aten::isclose", "");
  try { return wrap(op(ID_isclose, th(self, "self"), th(other, "other"), rtol, atol, equal_nan)); } catch (e) { throw fail(e, ["*self","*other","rtol","atol","equal_nan"], [self, other, rtol, atol, equal_nan]); }
}

let ID_isfinite = -1;
/** `aten::isfinite(Tensor self) -> Tensor` */
export function isfinite(self: Tensor): Tensor {
  if (ID_isfinite < 0) ID_isfinite = resolve("aten::isfinite", "");
  try { return wrap(op(ID_isfinite, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_isin_Scalar_Tensor = -1;
/** `aten::isin.Scalar_Tensor(Scalar element, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor` */
export function isin_Scalar_Tensor(element: Scalar, test_elements: Tensor, assume_unique?: boolean, invert?: boolean): Tensor {
  if (ID_isin_Scalar_Tensor < 0) ID_isin_Scalar_Tensor = resolve("aten::isin", "Scalar_Tensor");
  try { return wrap(op(ID_isin_Scalar_Tensor, element, th(test_elements, "test_elements"), assume_unique, invert)); } catch (e) { throw fail(e, ["element","*test_elements","assume_unique","invert"], [element, test_elements, assume_unique, invert]); }
}

let ID_isin_Tensor_Scalar = -1;
/** `aten::isin.Tensor_Scalar(Tensor elements, Scalar test_element, *, bool assume_unique=False, bool invert=False) -> Tensor` */
export function isin_Tensor_Scalar(elements: Tensor, test_element: Scalar, assume_unique?: boolean, invert?: boolean): Tensor {
  if (ID_isin_Tensor_Scalar < 0) ID_isin_Tensor_Scalar = resolve("aten::isin", "Tensor_Scalar");
  try { return wrap(op(ID_isin_Tensor_Scalar, th(elements, "elements"), test_element, assume_unique, invert)); } catch (e) { throw fail(e, ["*elements","test_element","assume_unique","invert"], [elements, test_element, assume_unique, invert]); }
}

let ID_isin_Tensor_Tensor = -1;
/** `aten::isin.Tensor_Tensor(Tensor elements, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor` */
export function isin_Tensor_Tensor(elements: Tensor, test_elements: Tensor, assume_unique?: boolean, invert?: boolean): Tensor {
  if (ID_isin_Tensor_Tensor < 0) ID_isin_Tensor_Tensor = resolve("aten::isin", "Tensor_Tensor");
  try { return wrap(op(ID_isin_Tensor_Tensor, th(elements, "elements"), th(test_elements, "test_elements"), assume_unique, invert)); } catch (e) { throw fail(e, ["*elements","*test_elements","assume_unique","invert"], [elements, test_elements, assume_unique, invert]); }
}

let ID_isinf = -1;
/** `aten::isinf(Tensor self) -> Tensor` */
export function isinf(self: Tensor): Tensor {
  if (ID_isinf < 0) ID_isinf = resolve("aten::isinf", "");
  try { return wrap(op(ID_isinf, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_isnan = -1;
/** `aten::isnan(Tensor self) -> Tensor` */
export function isnan(self: Tensor): Tensor {
  if (ID_isnan < 0) ID_isnan = resolve("aten::isnan", "");
  try { return wrap(op(ID_isnan, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_isneginf = -1;
/** `aten::isneginf(Tensor self) -> Tensor` */
export function isneginf(self: Tensor): Tensor {
  if (ID_isneginf < 0) ID_isneginf = resolve("aten::isneginf", "");
  try { return wrap(op(ID_isneginf, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_isposinf = -1;
/** `aten::isposinf(Tensor self) -> Tensor` */
export function isposinf(self: Tensor): Tensor {
  if (ID_isposinf < 0) ID_isposinf = resolve("aten::isposinf", "");
  try { return wrap(op(ID_isposinf, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_isreal = -1;
/** `aten::isreal(Tensor self) -> Tensor` */
export function isreal(self: Tensor): Tensor {
  if (ID_isreal < 0) ID_isreal = resolve("aten::isreal", "");
  try { return wrap(op(ID_isreal, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_istft = -1;
/** `aten::istft(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool center=True, bool normalized=False, bool? onesided=None, int? length=None, bool return_complex=False) -> Tensor` */
export function istft(self: Tensor, n_fft: number, hop_length?: number | null, win_length?: number | null, window?: Tensor | null, center?: boolean, normalized?: boolean, onesided?: boolean | null, length?: number | null, return_complex?: boolean): Tensor {
  if (ID_istft < 0) ID_istft = resolve("aten::istft", "");
  try { return wrap(op(ID_istft, th(self, "self"), n_fft, hop_length, win_length, oth(window, "window"), center, normalized, onesided, length, return_complex)); } catch (e) { throw fail(e, ["*self","n_fft","hop_length","win_length","*window","center","normalized","onesided","length","return_complex"], [self, n_fft, hop_length, win_length, window, center, normalized, onesided, length, return_complex]); }
}

let ID_item = -1;
/** `aten::item(Tensor self) -> Scalar` */
export function item(self: Tensor): number {
  if (ID_item < 0) ID_item = resolve("aten::item", "");
  try { return op(ID_item, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_kaiser_window = -1;
/** `aten::kaiser_window(int window_length, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function kaiser_window(window_length: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_kaiser_window < 0) ID_kaiser_window = resolve("aten::kaiser_window", "");
  try { return wrap(op(ID_kaiser_window, window_length, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","dtype","layout","device","pin_memory"], [window_length, dtype, layout, device, pin_memory]); }
}

let ID_kaiser_window_beta = -1;
/** `aten::kaiser_window.beta(int window_length, bool periodic, float beta, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function kaiser_window_beta(window_length: number, periodic: boolean, beta: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_kaiser_window_beta < 0) ID_kaiser_window_beta = resolve("aten::kaiser_window", "beta");
  try { return wrap(op(ID_kaiser_window_beta, window_length, periodic, beta, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","beta","dtype","layout","device","pin_memory"], [window_length, periodic, beta, dtype, layout, device, pin_memory]); }
}

let ID_kaiser_window_periodic = -1;
/** `aten::kaiser_window.periodic(int window_length, bool periodic, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function kaiser_window_periodic(window_length: number, periodic: boolean, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_kaiser_window_periodic < 0) ID_kaiser_window_periodic = resolve("aten::kaiser_window", "periodic");
  try { return wrap(op(ID_kaiser_window_periodic, window_length, periodic, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["window_length","periodic","dtype","layout","device","pin_memory"], [window_length, periodic, dtype, layout, device, pin_memory]); }
}

let ID_kl_div = -1;
/** `aten::kl_div(Tensor self, Tensor target, int reduction=1, *, bool log_target=False) -> Tensor` */
export function kl_div(self: Tensor, target: Tensor, reduction?: number, log_target?: boolean): Tensor {
  if (ID_kl_div < 0) ID_kl_div = resolve("aten::kl_div", "");
  try { return wrap(op(ID_kl_div, th(self, "self"), th(target, "target"), reduction, log_target)); } catch (e) { throw fail(e, ["*self","*target","reduction","log_target"], [self, target, reduction, log_target]); }
}

let ID_kron = -1;
/** `aten::kron(Tensor self, Tensor other) -> Tensor` */
export function kron(self: Tensor, other: Tensor): Tensor {
  if (ID_kron < 0) ID_kron = resolve("aten::kron", "");
  try { return wrap(op(ID_kron, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_kthvalue = -1;
/** `aten::kthvalue(Tensor self, int k, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function kthvalue(self: Tensor, k: number, dim?: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_kthvalue < 0) ID_kthvalue = resolve("aten::kthvalue", "");
  let r: unknown[];
  try { r = op(ID_kthvalue, th(self, "self"), k, dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","k","dim","keepdim"], [self, k, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_kthvalue_dimname = -1;
/** `aten::kthvalue.dimname(Tensor self, int k, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function kthvalue_dimname(self: Tensor, k: number, dim: string, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_kthvalue_dimname < 0) ID_kthvalue_dimname = resolve("aten::kthvalue", "dimname");
  let r: unknown[];
  try { r = op(ID_kthvalue_dimname, th(self, "self"), k, dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","k","dim","keepdim"], [self, k, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_l1_loss = -1;
/** `aten::l1_loss(Tensor self, Tensor target, int reduction=1) -> Tensor` */
export function l1_loss(self: Tensor, target: Tensor, reduction?: number): Tensor {
  if (ID_l1_loss < 0) ID_l1_loss = resolve("aten::l1_loss", "");
  try { return wrap(op(ID_l1_loss, th(self, "self"), th(target, "target"), reduction)); } catch (e) { throw fail(e, ["*self","*target","reduction"], [self, target, reduction]); }
}

let ID_layer_norm = -1;
/** `aten::layer_norm(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, float eps=1.0000000000000001e-05, bool cudnn_enable=True) -> Tensor` */
export function layer_norm(input: Tensor, normalized_shape: number | number[], weight?: Tensor | null, bias?: Tensor | null, eps?: number, cudnn_enable?: boolean): Tensor {
  if (ID_layer_norm < 0) ID_layer_norm = resolve("aten::layer_norm", "");
  try { return wrap(op(ID_layer_norm, th(input, "input"), normalized_shape, oth(weight, "weight"), oth(bias, "bias"), eps, cudnn_enable)); } catch (e) { throw fail(e, ["*input","normalized_shape","*weight","*bias","eps","cudnn_enable"], [input, normalized_shape, weight, bias, eps, cudnn_enable]); }
}

let ID_lcm = -1;
/** `aten::lcm(Tensor self, Tensor other) -> Tensor` */
export function lcm(self: Tensor, other: Tensor): Tensor {
  if (ID_lcm < 0) ID_lcm = resolve("aten::lcm", "");
  try { return wrap(op(ID_lcm, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_lcm_ = -1;
/** `aten::lcm_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function lcm_(self: Tensor, other: Tensor): Tensor {
  if (ID_lcm_ < 0) ID_lcm_ = resolve("aten::lcm_", "");
  try { return wrap(op(ID_lcm_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_ldexp_Tensor = -1;
/** `aten::ldexp.Tensor(Tensor self, Tensor other) -> Tensor` */
export function ldexp_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_ldexp_Tensor < 0) ID_ldexp_Tensor = resolve("aten::ldexp", "Tensor");
  try { return wrap(op(ID_ldexp_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_ldexp_ = -1;
/** `aten::ldexp_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function ldexp_(self: Tensor, other: Tensor): Tensor {
  if (ID_ldexp_ < 0) ID_ldexp_ = resolve("aten::ldexp_", "");
  try { return wrap(op(ID_ldexp_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_le_Scalar = -1;
/** `aten::le.Scalar(Tensor self, Scalar other) -> Tensor` */
export function le_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_le_Scalar < 0) ID_le_Scalar = resolve("aten::le", "Scalar");
  try { return wrap(op(ID_le_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_le_Tensor = -1;
/** `aten::le.Tensor(Tensor self, Tensor other) -> Tensor` */
export function le_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_le_Tensor < 0) ID_le_Tensor = resolve("aten::le", "Tensor");
  try { return wrap(op(ID_le_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_le__Scalar = -1;
/** `aten::le_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function le__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_le__Scalar < 0) ID_le__Scalar = resolve("aten::le_", "Scalar");
  try { return wrap(op(ID_le__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_le__Tensor = -1;
/** `aten::le_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function le__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_le__Tensor < 0) ID_le__Tensor = resolve("aten::le_", "Tensor");
  try { return wrap(op(ID_le__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_leaky_relu = -1;
/** `aten::leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor` */
export function leaky_relu(self: Tensor, negative_slope?: Scalar): Tensor {
  if (ID_leaky_relu < 0) ID_leaky_relu = resolve("aten::leaky_relu", "");
  try { return wrap(op(ID_leaky_relu, th(self, "self"), negative_slope)); } catch (e) { throw fail(e, ["*self","negative_slope"], [self, negative_slope]); }
}

let ID_leaky_relu_ = -1;
/** `aten::leaky_relu_(Tensor(a!) self, Scalar negative_slope=0.01) -> Tensor(a!)` */
export function leaky_relu_(self: Tensor, negative_slope?: Scalar): Tensor {
  if (ID_leaky_relu_ < 0) ID_leaky_relu_ = resolve("aten::leaky_relu_", "");
  try { return wrap(op(ID_leaky_relu_, th(self, "self"), negative_slope)); } catch (e) { throw fail(e, ["*self","negative_slope"], [self, negative_slope]); }
}

let ID_leaky_relu_backward = -1;
/** `aten::leaky_relu_backward(Tensor grad_output, Tensor self, Scalar negative_slope, bool self_is_result) -> Tensor` */
export function leaky_relu_backward(grad_output: Tensor, self: Tensor, negative_slope: Scalar, self_is_result: boolean): Tensor {
  if (ID_leaky_relu_backward < 0) ID_leaky_relu_backward = resolve("aten::leaky_relu_backward", "");
  try { return wrap(op(ID_leaky_relu_backward, th(grad_output, "grad_output"), th(self, "self"), negative_slope, self_is_result)); } catch (e) { throw fail(e, ["*grad_output","*self","negative_slope","self_is_result"], [grad_output, self, negative_slope, self_is_result]); }
}

let ID_lerp_Scalar = -1;
/** `aten::lerp.Scalar(Tensor self, Tensor end, Scalar weight) -> Tensor` */
export function lerp_Scalar(self: Tensor, end: Tensor, weight: Scalar): Tensor {
  if (ID_lerp_Scalar < 0) ID_lerp_Scalar = resolve("aten::lerp", "Scalar");
  try { return wrap(op(ID_lerp_Scalar, th(self, "self"), th(end, "end"), weight)); } catch (e) { throw fail(e, ["*self","*end","weight"], [self, end, weight]); }
}

let ID_lerp_Tensor = -1;
/** `aten::lerp.Tensor(Tensor self, Tensor end, Tensor weight) -> Tensor` */
export function lerp_Tensor(self: Tensor, end: Tensor, weight: Tensor): Tensor {
  if (ID_lerp_Tensor < 0) ID_lerp_Tensor = resolve("aten::lerp", "Tensor");
  try { return wrap(op(ID_lerp_Tensor, th(self, "self"), th(end, "end"), th(weight, "weight"))); } catch (e) { throw fail(e, ["*self","*end","*weight"], [self, end, weight]); }
}

let ID_lerp__Scalar = -1;
/** `aten::lerp_.Scalar(Tensor(a!) self, Tensor end, Scalar weight) -> Tensor(a!)` */
export function lerp__Scalar(self: Tensor, end: Tensor, weight: Scalar): Tensor {
  if (ID_lerp__Scalar < 0) ID_lerp__Scalar = resolve("aten::lerp_", "Scalar");
  try { return wrap(op(ID_lerp__Scalar, th(self, "self"), th(end, "end"), weight)); } catch (e) { throw fail(e, ["*self","*end","weight"], [self, end, weight]); }
}

let ID_lerp__Tensor = -1;
/** `aten::lerp_.Tensor(Tensor(a!) self, Tensor end, Tensor weight) -> Tensor(a!)` */
export function lerp__Tensor(self: Tensor, end: Tensor, weight: Tensor): Tensor {
  if (ID_lerp__Tensor < 0) ID_lerp__Tensor = resolve("aten::lerp_", "Tensor");
  try { return wrap(op(ID_lerp__Tensor, th(self, "self"), th(end, "end"), th(weight, "weight"))); } catch (e) { throw fail(e, ["*self","*end","*weight"], [self, end, weight]); }
}

let ID_less_Scalar = -1;
/** `aten::less.Scalar(Tensor self, Scalar other) -> Tensor` */
export function less_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_less_Scalar < 0) ID_less_Scalar = resolve("aten::less", "Scalar");
  try { return wrap(op(ID_less_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_less_Tensor = -1;
/** `aten::less.Tensor(Tensor self, Tensor other) -> Tensor` */
export function less_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_less_Tensor < 0) ID_less_Tensor = resolve("aten::less", "Tensor");
  try { return wrap(op(ID_less_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_less__Scalar = -1;
/** `aten::less_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function less__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_less__Scalar < 0) ID_less__Scalar = resolve("aten::less_", "Scalar");
  try { return wrap(op(ID_less__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_less__Tensor = -1;
/** `aten::less_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function less__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_less__Tensor < 0) ID_less__Tensor = resolve("aten::less_", "Tensor");
  try { return wrap(op(ID_less__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_less_equal_Scalar = -1;
/** `aten::less_equal.Scalar(Tensor self, Scalar other) -> Tensor` */
export function less_equal_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_less_equal_Scalar < 0) ID_less_equal_Scalar = resolve("aten::less_equal", "Scalar");
  try { return wrap(op(ID_less_equal_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_less_equal_Tensor = -1;
/** `aten::less_equal.Tensor(Tensor self, Tensor other) -> Tensor` */
export function less_equal_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_less_equal_Tensor < 0) ID_less_equal_Tensor = resolve("aten::less_equal", "Tensor");
  try { return wrap(op(ID_less_equal_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_less_equal__Scalar = -1;
/** `aten::less_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function less_equal__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_less_equal__Scalar < 0) ID_less_equal__Scalar = resolve("aten::less_equal_", "Scalar");
  try { return wrap(op(ID_less_equal__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_less_equal__Tensor = -1;
/** `aten::less_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function less_equal__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_less_equal__Tensor < 0) ID_less_equal__Tensor = resolve("aten::less_equal_", "Tensor");
  try { return wrap(op(ID_less_equal__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_lgamma = -1;
/** `aten::lgamma(Tensor self) -> Tensor` */
export function lgamma(self: Tensor): Tensor {
  if (ID_lgamma < 0) ID_lgamma = resolve("aten::lgamma", "");
  try { return wrap(op(ID_lgamma, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_lgamma_ = -1;
/** `aten::lgamma_(Tensor(a!) self) -> Tensor(a!)` */
export function lgamma_(self: Tensor): Tensor {
  if (ID_lgamma_ < 0) ID_lgamma_ = resolve("aten::lgamma_", "");
  try { return wrap(op(ID_lgamma_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_lift = -1;
/** `aten::lift(Tensor self) -> Tensor` */
export function lift(self: Tensor): Tensor {
  if (ID_lift < 0) ID_lift = resolve("aten::lift", "");
  try { return wrap(op(ID_lift, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_lift_fresh = -1;
/** `aten::lift_fresh(Tensor(a) self) -> Tensor(a)` */
export function lift_fresh(self: Tensor): Tensor {
  if (ID_lift_fresh < 0) ID_lift_fresh = resolve("aten::lift_fresh", "");
  try { return wrap(op(ID_lift_fresh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_lift_fresh_copy = -1;
/** `aten::lift_fresh_copy(Tensor self) -> Tensor` */
export function lift_fresh_copy(self: Tensor): Tensor {
  if (ID_lift_fresh_copy < 0) ID_lift_fresh_copy = resolve("aten::lift_fresh_copy", "");
  try { return wrap(op(ID_lift_fresh_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_linalg_cholesky = -1;
/** `aten::linalg_cholesky(Tensor self, *, bool upper=False) -> Tensor` */
export function linalg_cholesky(self: Tensor, upper?: boolean): Tensor {
  if (ID_linalg_cholesky < 0) ID_linalg_cholesky = resolve("aten::linalg_cholesky", "");
  try { return wrap(op(ID_linalg_cholesky, th(self, "self"), upper)); } catch (e) { throw fail(e, ["*self","upper"], [self, upper]); }
}

let ID_linalg_cholesky_ex = -1;
/** `aten::linalg_cholesky_ex(Tensor self, *, bool upper=False, bool check_errors=False) -> (Tensor L, Tensor info)` */
export function linalg_cholesky_ex(self: Tensor, upper?: boolean, check_errors?: boolean): [Tensor, Tensor] {
  if (ID_linalg_cholesky_ex < 0) ID_linalg_cholesky_ex = resolve("aten::linalg_cholesky_ex", "");
  let r: unknown[];
  try { r = op(ID_linalg_cholesky_ex, th(self, "self"), upper, check_errors) as unknown[]; } catch (e) { throw fail(e, ["*self","upper","check_errors"], [self, upper, check_errors]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_cond = -1;
/** `aten::linalg_cond(Tensor self, Scalar? p=None) -> Tensor` */
export function linalg_cond(self: Tensor, p?: Scalar | null): Tensor {
  if (ID_linalg_cond < 0) ID_linalg_cond = resolve("aten::linalg_cond", "");
  try { return wrap(op(ID_linalg_cond, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_linalg_cond_p_str = -1;
/** `aten::linalg_cond.p_str(Tensor self, str p) -> Tensor` */
export function linalg_cond_p_str(self: Tensor, p: string): Tensor {
  if (ID_linalg_cond_p_str < 0) ID_linalg_cond_p_str = resolve("aten::linalg_cond", "p_str");
  try { return wrap(op(ID_linalg_cond_p_str, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_linalg_cross = -1;
/** `aten::linalg_cross(Tensor self, Tensor other, *, int dim=-1) -> Tensor` */
export function linalg_cross(self: Tensor, other: Tensor, dim?: number): Tensor {
  if (ID_linalg_cross < 0) ID_linalg_cross = resolve("aten::linalg_cross", "");
  try { return wrap(op(ID_linalg_cross, th(self, "self"), th(other, "other"), dim)); } catch (e) { throw fail(e, ["*self","*other","dim"], [self, other, dim]); }
}

let ID_linalg_det = -1;
/** `aten::linalg_det(Tensor A) -> Tensor` */
export function linalg_det(A: Tensor): Tensor {
  if (ID_linalg_det < 0) ID_linalg_det = resolve("aten::linalg_det", "");
  try { return wrap(op(ID_linalg_det, th(A, "A"))); } catch (e) { throw fail(e, ["*A"], [A]); }
}

let ID_linalg_diagonal = -1;
/** `aten::linalg_diagonal(Tensor(a) A, *, int offset=0, int dim1=-2, int dim2=-1) -> Tensor(a)` */
export function linalg_diagonal(A: Tensor, offset?: number, dim1?: number, dim2?: number): Tensor {
  if (ID_linalg_diagonal < 0) ID_linalg_diagonal = resolve("aten::linalg_diagonal", "");
  try { return wrap(op(ID_linalg_diagonal, th(A, "A"), offset, dim1, dim2)); } catch (e) { throw fail(e, ["*A","offset","dim1","dim2"], [A, offset, dim1, dim2]); }
}

let ID_linalg_eig = -1;
/** `aten::linalg_eig(Tensor self) -> (Tensor eigenvalues, Tensor eigenvectors)` */
export function linalg_eig(self: Tensor): [Tensor, Tensor] {
  if (ID_linalg_eig < 0) ID_linalg_eig = resolve("aten::linalg_eig", "");
  let r: unknown[];
  try { r = op(ID_linalg_eig, th(self, "self")) as unknown[]; } catch (e) { throw fail(e, ["*self"], [self]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_eigh = -1;
/** `aten::linalg_eigh(Tensor self, str UPLO="L") -> (Tensor eigenvalues, Tensor eigenvectors)` */
export function linalg_eigh(self: Tensor, UPLO?: string): [Tensor, Tensor] {
  if (ID_linalg_eigh < 0) ID_linalg_eigh = resolve("aten::linalg_eigh", "");
  let r: unknown[];
  try { r = op(ID_linalg_eigh, th(self, "self"), UPLO) as unknown[]; } catch (e) { throw fail(e, ["*self","UPLO"], [self, UPLO]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_eigvals = -1;
/** `aten::linalg_eigvals(Tensor self) -> Tensor` */
export function linalg_eigvals(self: Tensor): Tensor {
  if (ID_linalg_eigvals < 0) ID_linalg_eigvals = resolve("aten::linalg_eigvals", "");
  try { return wrap(op(ID_linalg_eigvals, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_linalg_eigvalsh = -1;
/** `aten::linalg_eigvalsh(Tensor self, str UPLO="L") -> Tensor` */
export function linalg_eigvalsh(self: Tensor, UPLO?: string): Tensor {
  if (ID_linalg_eigvalsh < 0) ID_linalg_eigvalsh = resolve("aten::linalg_eigvalsh", "");
  try { return wrap(op(ID_linalg_eigvalsh, th(self, "self"), UPLO)); } catch (e) { throw fail(e, ["*self","UPLO"], [self, UPLO]); }
}

let ID_linalg_householder_product = -1;
/** `aten::linalg_householder_product(Tensor input, Tensor tau) -> Tensor` */
export function linalg_householder_product(input: Tensor, tau: Tensor): Tensor {
  if (ID_linalg_householder_product < 0) ID_linalg_householder_product = resolve("aten::linalg_householder_product", "");
  try { return wrap(op(ID_linalg_householder_product, th(input, "input"), th(tau, "tau"))); } catch (e) { throw fail(e, ["*input","*tau"], [input, tau]); }
}

let ID_linalg_inv = -1;
/** `aten::linalg_inv(Tensor A) -> Tensor` */
export function linalg_inv(A: Tensor): Tensor {
  if (ID_linalg_inv < 0) ID_linalg_inv = resolve("aten::linalg_inv", "");
  try { return wrap(op(ID_linalg_inv, th(A, "A"))); } catch (e) { throw fail(e, ["*A"], [A]); }
}

let ID_linalg_inv_ex = -1;
/** `aten::linalg_inv_ex(Tensor A, *, bool check_errors=False) -> (Tensor inverse, Tensor info)` */
export function linalg_inv_ex(A: Tensor, check_errors?: boolean): [Tensor, Tensor] {
  if (ID_linalg_inv_ex < 0) ID_linalg_inv_ex = resolve("aten::linalg_inv_ex", "");
  let r: unknown[];
  try { r = op(ID_linalg_inv_ex, th(A, "A"), check_errors) as unknown[]; } catch (e) { throw fail(e, ["*A","check_errors"], [A, check_errors]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_ldl_factor = -1;
/** `aten::linalg_ldl_factor(Tensor self, *, bool hermitian=False) -> (Tensor LD, Tensor pivots)` */
export function linalg_ldl_factor(self: Tensor, hermitian?: boolean): [Tensor, Tensor] {
  if (ID_linalg_ldl_factor < 0) ID_linalg_ldl_factor = resolve("aten::linalg_ldl_factor", "");
  let r: unknown[];
  try { r = op(ID_linalg_ldl_factor, th(self, "self"), hermitian) as unknown[]; } catch (e) { throw fail(e, ["*self","hermitian"], [self, hermitian]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_ldl_factor_ex = -1;
/** `aten::linalg_ldl_factor_ex(Tensor self, *, bool hermitian=False, bool check_errors=False) -> (Tensor LD, Tensor pivots, Tensor info)` */
export function linalg_ldl_factor_ex(self: Tensor, hermitian?: boolean, check_errors?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_linalg_ldl_factor_ex < 0) ID_linalg_ldl_factor_ex = resolve("aten::linalg_ldl_factor_ex", "");
  let r: unknown[];
  try { r = op(ID_linalg_ldl_factor_ex, th(self, "self"), hermitian, check_errors) as unknown[]; } catch (e) { throw fail(e, ["*self","hermitian","check_errors"], [self, hermitian, check_errors]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_linalg_ldl_solve = -1;
/** `aten::linalg_ldl_solve(Tensor LD, Tensor pivots, Tensor B, *, bool hermitian=False) -> Tensor` */
export function linalg_ldl_solve(LD: Tensor, pivots: Tensor, B: Tensor, hermitian?: boolean): Tensor {
  if (ID_linalg_ldl_solve < 0) ID_linalg_ldl_solve = resolve("aten::linalg_ldl_solve", "");
  try { return wrap(op(ID_linalg_ldl_solve, th(LD, "LD"), th(pivots, "pivots"), th(B, "B"), hermitian)); } catch (e) { throw fail(e, ["*LD","*pivots","*B","hermitian"], [LD, pivots, B, hermitian]); }
}

let ID_linalg_lstsq = -1;
/** `aten::linalg_lstsq(Tensor self, Tensor b, float? rcond=None, *, str? driver=None) -> (Tensor solution, Tensor residuals, Tensor rank, Tensor singular_values)` */
export function linalg_lstsq(self: Tensor, b: Tensor, rcond?: number | null, driver?: string | null): [Tensor, Tensor, Tensor, Tensor] {
  if (ID_linalg_lstsq < 0) ID_linalg_lstsq = resolve("aten::linalg_lstsq", "");
  let r: unknown[];
  try { r = op(ID_linalg_lstsq, th(self, "self"), th(b, "b"), rcond, driver) as unknown[]; } catch (e) { throw fail(e, ["*self","*b","rcond","driver"], [self, b, rcond, driver]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3])];
}

let ID_linalg_lu = -1;
/** `aten::linalg_lu(Tensor A, *, bool pivot=True) -> (Tensor P, Tensor L, Tensor U)` */
export function linalg_lu(A: Tensor, pivot?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_linalg_lu < 0) ID_linalg_lu = resolve("aten::linalg_lu", "");
  let r: unknown[];
  try { r = op(ID_linalg_lu, th(A, "A"), pivot) as unknown[]; } catch (e) { throw fail(e, ["*A","pivot"], [A, pivot]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_linalg_lu_factor = -1;
/** `aten::linalg_lu_factor(Tensor A, *, bool pivot=True) -> (Tensor LU, Tensor pivots)` */
export function linalg_lu_factor(A: Tensor, pivot?: boolean): [Tensor, Tensor] {
  if (ID_linalg_lu_factor < 0) ID_linalg_lu_factor = resolve("aten::linalg_lu_factor", "");
  let r: unknown[];
  try { r = op(ID_linalg_lu_factor, th(A, "A"), pivot) as unknown[]; } catch (e) { throw fail(e, ["*A","pivot"], [A, pivot]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_lu_factor_ex = -1;
/** `aten::linalg_lu_factor_ex(Tensor A, *, bool pivot=True, bool check_errors=False) -> (Tensor LU, Tensor pivots, Tensor info)` */
export function linalg_lu_factor_ex(A: Tensor, pivot?: boolean, check_errors?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_linalg_lu_factor_ex < 0) ID_linalg_lu_factor_ex = resolve("aten::linalg_lu_factor_ex", "");
  let r: unknown[];
  try { r = op(ID_linalg_lu_factor_ex, th(A, "A"), pivot, check_errors) as unknown[]; } catch (e) { throw fail(e, ["*A","pivot","check_errors"], [A, pivot, check_errors]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_linalg_lu_solve = -1;
/** `aten::linalg_lu_solve(Tensor LU, Tensor pivots, Tensor B, *, bool left=True, bool adjoint=False) -> Tensor` */
export function linalg_lu_solve(LU: Tensor, pivots: Tensor, B: Tensor, left?: boolean, adjoint?: boolean): Tensor {
  if (ID_linalg_lu_solve < 0) ID_linalg_lu_solve = resolve("aten::linalg_lu_solve", "");
  try { return wrap(op(ID_linalg_lu_solve, th(LU, "LU"), th(pivots, "pivots"), th(B, "B"), left, adjoint)); } catch (e) { throw fail(e, ["*LU","*pivots","*B","left","adjoint"], [LU, pivots, B, left, adjoint]); }
}

let ID_linalg_matmul = -1;
/** `aten::linalg_matmul(Tensor self, Tensor other) -> Tensor` */
export function linalg_matmul(self: Tensor, other: Tensor): Tensor {
  if (ID_linalg_matmul < 0) ID_linalg_matmul = resolve("aten::linalg_matmul", "");
  try { return wrap(op(ID_linalg_matmul, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_linalg_matrix_exp = -1;
/** `aten::linalg_matrix_exp(Tensor self) -> Tensor` */
export function linalg_matrix_exp(self: Tensor): Tensor {
  if (ID_linalg_matrix_exp < 0) ID_linalg_matrix_exp = resolve("aten::linalg_matrix_exp", "");
  try { return wrap(op(ID_linalg_matrix_exp, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_linalg_matrix_norm = -1;
/** `aten::linalg_matrix_norm(Tensor self, Scalar ord, int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function linalg_matrix_norm(self: Tensor, ord: Scalar, dim?: number | number[], keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_linalg_matrix_norm < 0) ID_linalg_matrix_norm = resolve("aten::linalg_matrix_norm", "");
  try { return wrap(op(ID_linalg_matrix_norm, th(self, "self"), ord, dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","ord","dim","keepdim","dtype"], [self, ord, dim, keepdim, dtype]); }
}

let ID_linalg_matrix_norm_str_ord = -1;
/** `aten::linalg_matrix_norm.str_ord(Tensor self, str ord="fro", int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function linalg_matrix_norm_str_ord(self: Tensor, ord?: string, dim?: number | number[], keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_linalg_matrix_norm_str_ord < 0) ID_linalg_matrix_norm_str_ord = resolve("aten::linalg_matrix_norm", "str_ord");
  try { return wrap(op(ID_linalg_matrix_norm_str_ord, th(self, "self"), ord, dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","ord","dim","keepdim","dtype"], [self, ord, dim, keepdim, dtype]); }
}

let ID_linalg_matrix_power = -1;
/** `aten::linalg_matrix_power(Tensor self, int n) -> Tensor` */
export function linalg_matrix_power(self: Tensor, n: number): Tensor {
  if (ID_linalg_matrix_power < 0) ID_linalg_matrix_power = resolve("aten::linalg_matrix_power", "");
  try { return wrap(op(ID_linalg_matrix_power, th(self, "self"), n)); } catch (e) { throw fail(e, ["*self","n"], [self, n]); }
}

let ID_linalg_matrix_rank = -1;
/** `aten::linalg_matrix_rank(Tensor self, float tol, bool hermitian=False) -> Tensor` */
export function linalg_matrix_rank(self: Tensor, tol: number, hermitian?: boolean): Tensor {
  if (ID_linalg_matrix_rank < 0) ID_linalg_matrix_rank = resolve("aten::linalg_matrix_rank", "");
  try { return wrap(op(ID_linalg_matrix_rank, th(self, "self"), tol, hermitian)); } catch (e) { throw fail(e, ["*self","tol","hermitian"], [self, tol, hermitian]); }
}

let ID_linalg_matrix_rank_atol_rtol_float = -1;
/** `aten::linalg_matrix_rank.atol_rtol_float(Tensor self, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor` */
export function linalg_matrix_rank_atol_rtol_float(self: Tensor, atol?: number | null, rtol?: number | null, hermitian?: boolean): Tensor {
  if (ID_linalg_matrix_rank_atol_rtol_float < 0) ID_linalg_matrix_rank_atol_rtol_float = resolve("aten::linalg_matrix_rank", "atol_rtol_float");
  try { return wrap(op(ID_linalg_matrix_rank_atol_rtol_float, th(self, "self"), atol, rtol, hermitian)); } catch (e) { throw fail(e, ["*self","atol","rtol","hermitian"], [self, atol, rtol, hermitian]); }
}

let ID_linalg_matrix_rank_atol_rtol_tensor = -1;
/** `aten::linalg_matrix_rank.atol_rtol_tensor(Tensor input, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor` */
export function linalg_matrix_rank_atol_rtol_tensor(input: Tensor, atol?: Tensor | null, rtol?: Tensor | null, hermitian?: boolean): Tensor {
  if (ID_linalg_matrix_rank_atol_rtol_tensor < 0) ID_linalg_matrix_rank_atol_rtol_tensor = resolve("aten::linalg_matrix_rank", "atol_rtol_tensor");
  try { return wrap(op(ID_linalg_matrix_rank_atol_rtol_tensor, th(input, "input"), oth(atol, "atol"), oth(rtol, "rtol"), hermitian)); } catch (e) { throw fail(e, ["*input","*atol","*rtol","hermitian"], [input, atol, rtol, hermitian]); }
}

let ID_linalg_matrix_rank_tol_tensor = -1;
/** `aten::linalg_matrix_rank.tol_tensor(Tensor input, Tensor tol, bool hermitian=False) -> Tensor` */
export function linalg_matrix_rank_tol_tensor(input: Tensor, tol: Tensor, hermitian?: boolean): Tensor {
  if (ID_linalg_matrix_rank_tol_tensor < 0) ID_linalg_matrix_rank_tol_tensor = resolve("aten::linalg_matrix_rank", "tol_tensor");
  try { return wrap(op(ID_linalg_matrix_rank_tol_tensor, th(input, "input"), th(tol, "tol"), hermitian)); } catch (e) { throw fail(e, ["*input","*tol","hermitian"], [input, tol, hermitian]); }
}

let ID_linalg_multi_dot = -1;
/** `aten::linalg_multi_dot(Tensor[] tensors) -> Tensor` */
export function linalg_multi_dot(tensors: Tensor[]): Tensor {
  if (ID_linalg_multi_dot < 0) ID_linalg_multi_dot = resolve("aten::linalg_multi_dot", "");
  try { return wrap(op(ID_linalg_multi_dot, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_linalg_norm = -1;
/** `aten::linalg_norm(Tensor self, Scalar? ord=None, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function linalg_norm(self: Tensor, ord?: Scalar | null, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_linalg_norm < 0) ID_linalg_norm = resolve("aten::linalg_norm", "");
  try { return wrap(op(ID_linalg_norm, th(self, "self"), ord, dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","ord","dim","keepdim","dtype"], [self, ord, dim, keepdim, dtype]); }
}

let ID_linalg_norm_ord_str = -1;
/** `aten::linalg_norm.ord_str(Tensor self, str ord, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function linalg_norm_ord_str(self: Tensor, ord: string, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_linalg_norm_ord_str < 0) ID_linalg_norm_ord_str = resolve("aten::linalg_norm", "ord_str");
  try { return wrap(op(ID_linalg_norm_ord_str, th(self, "self"), ord, dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","ord","dim","keepdim","dtype"], [self, ord, dim, keepdim, dtype]); }
}

let ID_linalg_pinv = -1;
/** `aten::linalg_pinv(Tensor self, float rcond, bool hermitian=False) -> Tensor` */
export function linalg_pinv(self: Tensor, rcond: number, hermitian?: boolean): Tensor {
  if (ID_linalg_pinv < 0) ID_linalg_pinv = resolve("aten::linalg_pinv", "");
  try { return wrap(op(ID_linalg_pinv, th(self, "self"), rcond, hermitian)); } catch (e) { throw fail(e, ["*self","rcond","hermitian"], [self, rcond, hermitian]); }
}

let ID_linalg_pinv_atol_rtol_float = -1;
/** `aten::linalg_pinv.atol_rtol_float(Tensor self, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor` */
export function linalg_pinv_atol_rtol_float(self: Tensor, atol?: number | null, rtol?: number | null, hermitian?: boolean): Tensor {
  if (ID_linalg_pinv_atol_rtol_float < 0) ID_linalg_pinv_atol_rtol_float = resolve("aten::linalg_pinv", "atol_rtol_float");
  try { return wrap(op(ID_linalg_pinv_atol_rtol_float, th(self, "self"), atol, rtol, hermitian)); } catch (e) { throw fail(e, ["*self","atol","rtol","hermitian"], [self, atol, rtol, hermitian]); }
}

let ID_linalg_pinv_atol_rtol_tensor = -1;
/** `aten::linalg_pinv.atol_rtol_tensor(Tensor self, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor` */
export function linalg_pinv_atol_rtol_tensor(self: Tensor, atol?: Tensor | null, rtol?: Tensor | null, hermitian?: boolean): Tensor {
  if (ID_linalg_pinv_atol_rtol_tensor < 0) ID_linalg_pinv_atol_rtol_tensor = resolve("aten::linalg_pinv", "atol_rtol_tensor");
  try { return wrap(op(ID_linalg_pinv_atol_rtol_tensor, th(self, "self"), oth(atol, "atol"), oth(rtol, "rtol"), hermitian)); } catch (e) { throw fail(e, ["*self","*atol","*rtol","hermitian"], [self, atol, rtol, hermitian]); }
}

let ID_linalg_pinv_rcond_tensor = -1;
/** `aten::linalg_pinv.rcond_tensor(Tensor self, Tensor rcond, bool hermitian=False) -> Tensor` */
export function linalg_pinv_rcond_tensor(self: Tensor, rcond: Tensor, hermitian?: boolean): Tensor {
  if (ID_linalg_pinv_rcond_tensor < 0) ID_linalg_pinv_rcond_tensor = resolve("aten::linalg_pinv", "rcond_tensor");
  try { return wrap(op(ID_linalg_pinv_rcond_tensor, th(self, "self"), th(rcond, "rcond"), hermitian)); } catch (e) { throw fail(e, ["*self","*rcond","hermitian"], [self, rcond, hermitian]); }
}

let ID_linalg_qr = -1;
/** `aten::linalg_qr(Tensor A, str mode="reduced") -> (Tensor Q, Tensor R)` */
export function linalg_qr(A: Tensor, mode?: string): [Tensor, Tensor] {
  if (ID_linalg_qr < 0) ID_linalg_qr = resolve("aten::linalg_qr", "");
  let r: unknown[];
  try { r = op(ID_linalg_qr, th(A, "A"), mode) as unknown[]; } catch (e) { throw fail(e, ["*A","mode"], [A, mode]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_slogdet = -1;
/** `aten::linalg_slogdet(Tensor A) -> (Tensor sign, Tensor logabsdet)` */
export function linalg_slogdet(A: Tensor): [Tensor, Tensor] {
  if (ID_linalg_slogdet < 0) ID_linalg_slogdet = resolve("aten::linalg_slogdet", "");
  let r: unknown[];
  try { r = op(ID_linalg_slogdet, th(A, "A")) as unknown[]; } catch (e) { throw fail(e, ["*A"], [A]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_solve = -1;
/** `aten::linalg_solve(Tensor A, Tensor B, *, bool left=True) -> Tensor` */
export function linalg_solve(A: Tensor, B: Tensor, left?: boolean): Tensor {
  if (ID_linalg_solve < 0) ID_linalg_solve = resolve("aten::linalg_solve", "");
  try { return wrap(op(ID_linalg_solve, th(A, "A"), th(B, "B"), left)); } catch (e) { throw fail(e, ["*A","*B","left"], [A, B, left]); }
}

let ID_linalg_solve_ex = -1;
/** `aten::linalg_solve_ex(Tensor A, Tensor B, *, bool left=True, bool check_errors=False) -> (Tensor result, Tensor info)` */
export function linalg_solve_ex(A: Tensor, B: Tensor, left?: boolean, check_errors?: boolean): [Tensor, Tensor] {
  if (ID_linalg_solve_ex < 0) ID_linalg_solve_ex = resolve("aten::linalg_solve_ex", "");
  let r: unknown[];
  try { r = op(ID_linalg_solve_ex, th(A, "A"), th(B, "B"), left, check_errors) as unknown[]; } catch (e) { throw fail(e, ["*A","*B","left","check_errors"], [A, B, left, check_errors]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_linalg_solve_triangular = -1;
/** `aten::linalg_solve_triangular(Tensor self, Tensor B, *, bool upper, bool left=True, bool unitriangular=False) -> Tensor` */
export function linalg_solve_triangular(self: Tensor, B: Tensor, upper: boolean, left?: boolean, unitriangular?: boolean): Tensor {
  if (ID_linalg_solve_triangular < 0) ID_linalg_solve_triangular = resolve("aten::linalg_solve_triangular", "");
  try { return wrap(op(ID_linalg_solve_triangular, th(self, "self"), th(B, "B"), upper, left, unitriangular)); } catch (e) { throw fail(e, ["*self","*B","upper","left","unitriangular"], [self, B, upper, left, unitriangular]); }
}

let ID_linalg_svd = -1;
/** `aten::linalg_svd(Tensor A, bool full_matrices=True, *, str? driver=None) -> (Tensor U, Tensor S, Tensor Vh)` */
export function linalg_svd(A: Tensor, full_matrices?: boolean, driver?: string | null): [Tensor, Tensor, Tensor] {
  if (ID_linalg_svd < 0) ID_linalg_svd = resolve("aten::linalg_svd", "");
  let r: unknown[];
  try { r = op(ID_linalg_svd, th(A, "A"), full_matrices, driver) as unknown[]; } catch (e) { throw fail(e, ["*A","full_matrices","driver"], [A, full_matrices, driver]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_linalg_svdvals = -1;
/** `aten::linalg_svdvals(Tensor A, *, str? driver=None) -> Tensor` */
export function linalg_svdvals(A: Tensor, driver?: string | null): Tensor {
  if (ID_linalg_svdvals < 0) ID_linalg_svdvals = resolve("aten::linalg_svdvals", "");
  try { return wrap(op(ID_linalg_svdvals, th(A, "A"), driver)); } catch (e) { throw fail(e, ["*A","driver"], [A, driver]); }
}

let ID_linalg_tensorinv = -1;
/** `aten::linalg_tensorinv(Tensor self, int ind=2) -> Tensor` */
export function linalg_tensorinv(self: Tensor, ind?: number): Tensor {
  if (ID_linalg_tensorinv < 0) ID_linalg_tensorinv = resolve("aten::linalg_tensorinv", "");
  try { return wrap(op(ID_linalg_tensorinv, th(self, "self"), ind)); } catch (e) { throw fail(e, ["*self","ind"], [self, ind]); }
}

let ID_linalg_tensorsolve = -1;
/** `aten::linalg_tensorsolve(Tensor self, Tensor other, int[]? dims=None) -> Tensor` */
export function linalg_tensorsolve(self: Tensor, other: Tensor, dims?: number | number[] | null): Tensor {
  if (ID_linalg_tensorsolve < 0) ID_linalg_tensorsolve = resolve("aten::linalg_tensorsolve", "");
  try { return wrap(op(ID_linalg_tensorsolve, th(self, "self"), th(other, "other"), dims)); } catch (e) { throw fail(e, ["*self","*other","dims"], [self, other, dims]); }
}

let ID_linalg_vander = -1;
/** `aten::linalg_vander(Tensor x, *, int? N=None) -> Tensor` */
export function linalg_vander(x: Tensor, N?: number | null): Tensor {
  if (ID_linalg_vander < 0) ID_linalg_vander = resolve("aten::linalg_vander", "");
  try { return wrap(op(ID_linalg_vander, th(x, "x"), N)); } catch (e) { throw fail(e, ["*x","N"], [x, N]); }
}

let ID_linalg_vecdot = -1;
/** `aten::linalg_vecdot(Tensor x, Tensor y, *, int dim=-1) -> Tensor` */
export function linalg_vecdot(x: Tensor, y: Tensor, dim?: number): Tensor {
  if (ID_linalg_vecdot < 0) ID_linalg_vecdot = resolve("aten::linalg_vecdot", "");
  try { return wrap(op(ID_linalg_vecdot, th(x, "x"), th(y, "y"), dim)); } catch (e) { throw fail(e, ["*x","*y","dim"], [x, y, dim]); }
}

let ID_linalg_vector_norm = -1;
/** `aten::linalg_vector_norm(Tensor self, Scalar ord=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function linalg_vector_norm(self: Tensor, ord?: Scalar, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_linalg_vector_norm < 0) ID_linalg_vector_norm = resolve("aten::linalg_vector_norm", "");
  try { return wrap(op(ID_linalg_vector_norm, th(self, "self"), ord, dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","ord","dim","keepdim","dtype"], [self, ord, dim, keepdim, dtype]); }
}

let ID_linear = -1;
/** `aten::linear(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor` */
export function linear(input: Tensor, weight: Tensor, bias?: Tensor | null): Tensor {
  if (ID_linear < 0) ID_linear = resolve("aten::linear", "");
  try { return wrap(op(ID_linear, th(input, "input"), th(weight, "weight"), oth(bias, "bias"))); } catch (e) { throw fail(e, ["*input","*weight","*bias"], [input, weight, bias]); }
}

let ID_linear_backward = -1;
/** `aten::linear_backward(Tensor self, Tensor grad_output, Tensor weight, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function linear_backward(self: Tensor, grad_output: Tensor, weight: Tensor, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_linear_backward < 0) ID_linear_backward = resolve("aten::linear_backward", "");
  let r: unknown[];
  try { r = op(ID_linear_backward, th(self, "self"), th(grad_output, "grad_output"), th(weight, "weight"), output_mask) as unknown[]; } catch (e) { throw fail(e, ["*self","*grad_output","*weight","output_mask"], [self, grad_output, weight, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_linspace = -1;
/** `aten::linspace(Scalar start, Scalar end, int steps, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function linspace(start: Scalar, end: Scalar, steps: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_linspace < 0) ID_linspace = resolve("aten::linspace", "");
  try { return wrap(op(ID_linspace, start, end, steps, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["start","end","steps","dtype","layout","device","pin_memory"], [start, end, steps, dtype, layout, device, pin_memory]); }
}

let ID_log = -1;
/** `aten::log(Tensor self) -> Tensor` */
export function log(self: Tensor): Tensor {
  if (ID_log < 0) ID_log = resolve("aten::log", "");
  try { return wrap(op(ID_log, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log10 = -1;
/** `aten::log10(Tensor self) -> Tensor` */
export function log10(self: Tensor): Tensor {
  if (ID_log10 < 0) ID_log10 = resolve("aten::log10", "");
  try { return wrap(op(ID_log10, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log10_ = -1;
/** `aten::log10_(Tensor(a!) self) -> Tensor(a!)` */
export function log10_(self: Tensor): Tensor {
  if (ID_log10_ < 0) ID_log10_ = resolve("aten::log10_", "");
  try { return wrap(op(ID_log10_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log1p = -1;
/** `aten::log1p(Tensor self) -> Tensor` */
export function log1p(self: Tensor): Tensor {
  if (ID_log1p < 0) ID_log1p = resolve("aten::log1p", "");
  try { return wrap(op(ID_log1p, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log1p_ = -1;
/** `aten::log1p_(Tensor(a!) self) -> Tensor(a!)` */
export function log1p_(self: Tensor): Tensor {
  if (ID_log1p_ < 0) ID_log1p_ = resolve("aten::log1p_", "");
  try { return wrap(op(ID_log1p_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log2 = -1;
/** `aten::log2(Tensor self) -> Tensor` */
export function log2(self: Tensor): Tensor {
  if (ID_log2 < 0) ID_log2 = resolve("aten::log2", "");
  try { return wrap(op(ID_log2, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log2_ = -1;
/** `aten::log2_(Tensor(a!) self) -> Tensor(a!)` */
export function log2_(self: Tensor): Tensor {
  if (ID_log2_ < 0) ID_log2_ = resolve("aten::log2_", "");
  try { return wrap(op(ID_log2_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log_ = -1;
/** `aten::log_(Tensor(a!) self) -> Tensor(a!)` */
export function log_(self: Tensor): Tensor {
  if (ID_log_ < 0) ID_log_ = resolve("aten::log_", "");
  try { return wrap(op(ID_log_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log_normal = -1;
/** `aten::log_normal(Tensor self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor` */
export function log_normal(self: Tensor, mean?: number, std?: number): Tensor {
  if (ID_log_normal < 0) ID_log_normal = resolve("aten::log_normal", "");
  try { return wrap(op(ID_log_normal, th(self, "self"), mean, std, undefined)); } catch (e) { throw fail(e, ["*self","mean","std","generator"], [self, mean, std, undefined]); }
}

let ID_log_normal_ = -1;
/** `aten::log_normal_(Tensor(a!) self, float mean=1., float std=2., *, Generator? generator=None) -> Tensor(a!)` */
export function log_normal_(self: Tensor, mean?: number, std?: number): Tensor {
  if (ID_log_normal_ < 0) ID_log_normal_ = resolve("aten::log_normal_", "");
  try { return wrap(op(ID_log_normal_, th(self, "self"), mean, std, undefined)); } catch (e) { throw fail(e, ["*self","mean","std","generator"], [self, mean, std, undefined]); }
}

let ID_log_sigmoid = -1;
/** `aten::log_sigmoid(Tensor self) -> Tensor` */
export function log_sigmoid(self: Tensor): Tensor {
  if (ID_log_sigmoid < 0) ID_log_sigmoid = resolve("aten::log_sigmoid", "");
  try { return wrap(op(ID_log_sigmoid, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_log_sigmoid_backward = -1;
/** `aten::log_sigmoid_backward(Tensor grad_output, Tensor self, Tensor buffer) -> Tensor` */
export function log_sigmoid_backward(grad_output: Tensor, self: Tensor, buffer: Tensor): Tensor {
  if (ID_log_sigmoid_backward < 0) ID_log_sigmoid_backward = resolve("aten::log_sigmoid_backward", "");
  try { return wrap(op(ID_log_sigmoid_backward, th(grad_output, "grad_output"), th(self, "self"), th(buffer, "buffer"))); } catch (e) { throw fail(e, ["*grad_output","*self","*buffer"], [grad_output, self, buffer]); }
}

let ID_log_sigmoid_forward = -1;
/** `aten::log_sigmoid_forward(Tensor self) -> (Tensor output, Tensor buffer)` */
export function log_sigmoid_forward(self: Tensor): [Tensor, Tensor] {
  if (ID_log_sigmoid_forward < 0) ID_log_sigmoid_forward = resolve("aten::log_sigmoid_forward", "");
  let r: unknown[];
  try { r = op(ID_log_sigmoid_forward, th(self, "self")) as unknown[]; } catch (e) { throw fail(e, ["*self"], [self]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_log_softmax_Dimname = -1;
/** `aten::log_softmax.Dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor` */
export function log_softmax_Dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID_log_softmax_Dimname < 0) ID_log_softmax_Dimname = resolve("aten::log_softmax", "Dimname");
  try { return wrap(op(ID_log_softmax_Dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_log_softmax_int = -1;
/** `aten::log_softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor` */
export function log_softmax_int(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_log_softmax_int < 0) ID_log_softmax_int = resolve("aten::log_softmax", "int");
  try { return wrap(op(ID_log_softmax_int, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_logaddexp = -1;
/** `aten::logaddexp(Tensor self, Tensor other) -> Tensor` */
export function logaddexp(self: Tensor, other: Tensor): Tensor {
  if (ID_logaddexp < 0) ID_logaddexp = resolve("aten::logaddexp", "");
  try { return wrap(op(ID_logaddexp, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logaddexp2 = -1;
/** `aten::logaddexp2(Tensor self, Tensor other) -> Tensor` */
export function logaddexp2(self: Tensor, other: Tensor): Tensor {
  if (ID_logaddexp2 < 0) ID_logaddexp2 = resolve("aten::logaddexp2", "");
  try { return wrap(op(ID_logaddexp2, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logcumsumexp = -1;
/** `aten::logcumsumexp(Tensor self, int dim) -> Tensor` */
export function logcumsumexp(self: Tensor, dim: number): Tensor {
  if (ID_logcumsumexp < 0) ID_logcumsumexp = resolve("aten::logcumsumexp", "");
  try { return wrap(op(ID_logcumsumexp, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_logcumsumexp_dimname = -1;
/** `aten::logcumsumexp.dimname(Tensor self, str dim) -> Tensor` */
export function logcumsumexp_dimname(self: Tensor, dim: string): Tensor {
  if (ID_logcumsumexp_dimname < 0) ID_logcumsumexp_dimname = resolve("aten::logcumsumexp", "dimname");
  try { return wrap(op(ID_logcumsumexp_dimname, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_logdet = -1;
/** `aten::logdet(Tensor self) -> Tensor` */
export function logdet(self: Tensor): Tensor {
  if (ID_logdet < 0) ID_logdet = resolve("aten::logdet", "");
  try { return wrap(op(ID_logdet, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_logical_and = -1;
/** `aten::logical_and(Tensor self, Tensor other) -> Tensor` */
export function logical_and(self: Tensor, other: Tensor): Tensor {
  if (ID_logical_and < 0) ID_logical_and = resolve("aten::logical_and", "");
  try { return wrap(op(ID_logical_and, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logical_and_ = -1;
/** `aten::logical_and_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function logical_and_(self: Tensor, other: Tensor): Tensor {
  if (ID_logical_and_ < 0) ID_logical_and_ = resolve("aten::logical_and_", "");
  try { return wrap(op(ID_logical_and_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logical_not = -1;
/** `aten::logical_not(Tensor self) -> Tensor` */
export function logical_not(self: Tensor): Tensor {
  if (ID_logical_not < 0) ID_logical_not = resolve("aten::logical_not", "");
  try { return wrap(op(ID_logical_not, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_logical_not_ = -1;
/** `aten::logical_not_(Tensor(a!) self) -> Tensor(a!)` */
export function logical_not_(self: Tensor): Tensor {
  if (ID_logical_not_ < 0) ID_logical_not_ = resolve("aten::logical_not_", "");
  try { return wrap(op(ID_logical_not_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_logical_or = -1;
/** `aten::logical_or(Tensor self, Tensor other) -> Tensor` */
export function logical_or(self: Tensor, other: Tensor): Tensor {
  if (ID_logical_or < 0) ID_logical_or = resolve("aten::logical_or", "");
  try { return wrap(op(ID_logical_or, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logical_or_ = -1;
/** `aten::logical_or_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function logical_or_(self: Tensor, other: Tensor): Tensor {
  if (ID_logical_or_ < 0) ID_logical_or_ = resolve("aten::logical_or_", "");
  try { return wrap(op(ID_logical_or_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logical_xor = -1;
/** `aten::logical_xor(Tensor self, Tensor other) -> Tensor` */
export function logical_xor(self: Tensor, other: Tensor): Tensor {
  if (ID_logical_xor < 0) ID_logical_xor = resolve("aten::logical_xor", "");
  try { return wrap(op(ID_logical_xor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logical_xor_ = -1;
/** `aten::logical_xor_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function logical_xor_(self: Tensor, other: Tensor): Tensor {
  if (ID_logical_xor_ < 0) ID_logical_xor_ = resolve("aten::logical_xor_", "");
  try { return wrap(op(ID_logical_xor_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_logit = -1;
/** `aten::logit(Tensor self, float? eps=None) -> Tensor` */
export function logit(self: Tensor, eps?: number | null): Tensor {
  if (ID_logit < 0) ID_logit = resolve("aten::logit", "");
  try { return wrap(op(ID_logit, th(self, "self"), eps)); } catch (e) { throw fail(e, ["*self","eps"], [self, eps]); }
}

let ID_logit_ = -1;
/** `aten::logit_(Tensor(a!) self, float? eps=None) -> Tensor(a!)` */
export function logit_(self: Tensor, eps?: number | null): Tensor {
  if (ID_logit_ < 0) ID_logit_ = resolve("aten::logit_", "");
  try { return wrap(op(ID_logit_, th(self, "self"), eps)); } catch (e) { throw fail(e, ["*self","eps"], [self, eps]); }
}

let ID_logit_backward = -1;
/** `aten::logit_backward(Tensor grad_output, Tensor self, float? eps=None) -> Tensor` */
export function logit_backward(grad_output: Tensor, self: Tensor, eps?: number | null): Tensor {
  if (ID_logit_backward < 0) ID_logit_backward = resolve("aten::logit_backward", "");
  try { return wrap(op(ID_logit_backward, th(grad_output, "grad_output"), th(self, "self"), eps)); } catch (e) { throw fail(e, ["*grad_output","*self","eps"], [grad_output, self, eps]); }
}

let ID_logspace = -1;
/** `aten::logspace(Scalar start, Scalar end, int steps, float base=10., *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function logspace(start: Scalar, end: Scalar, steps: number, base?: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_logspace < 0) ID_logspace = resolve("aten::logspace", "");
  try { return wrap(op(ID_logspace, start, end, steps, base, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["start","end","steps","base","dtype","layout","device","pin_memory"], [start, end, steps, base, dtype, layout, device, pin_memory]); }
}

let ID_logsumexp = -1;
/** `aten::logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor` */
export function logsumexp(self: Tensor, dim: number | number[], keepdim?: boolean): Tensor {
  if (ID_logsumexp < 0) ID_logsumexp = resolve("aten::logsumexp", "");
  try { return wrap(op(ID_logsumexp, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_lstm_data = -1;
/** `aten::lstm.data(Tensor data, Tensor batch_sizes, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor, Tensor)` */
export function lstm_data(data: Tensor, batch_sizes: Tensor, hx: Tensor[], params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor, Tensor] {
  if (ID_lstm_data < 0) ID_lstm_data = resolve("aten::lstm", "data");
  let r: unknown[];
  try { r = op(ID_lstm_data, th(data, "data"), th(batch_sizes, "batch_sizes"), ths(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","hx","params","has_biases","num_layers","dropout","train","bidirectional"], [data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_lstm_input = -1;
/** `aten::lstm.input(Tensor input, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor, Tensor)` */
export function lstm_input(input: Tensor, hx: Tensor[], params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor, Tensor] {
  if (ID_lstm_input < 0) ID_lstm_input = resolve("aten::lstm", "input");
  let r: unknown[];
  try { r = op(ID_lstm_input, th(input, "input"), ths(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_lstm_cell = -1;
/** `aten::lstm_cell(Tensor input, Tensor[] hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> (Tensor, Tensor)` */
export function lstm_cell(input: Tensor, hx: Tensor[], w_ih: Tensor, w_hh: Tensor, b_ih?: Tensor | null, b_hh?: Tensor | null): [Tensor, Tensor] {
  if (ID_lstm_cell < 0) ID_lstm_cell = resolve("aten::lstm_cell", "");
  let r: unknown[];
  try { r = op(ID_lstm_cell, th(input, "input"), ths(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), oth(b_ih, "b_ih"), oth(b_hh, "b_hh")) as unknown[]; } catch (e) { throw fail(e, ["*input","hx","*w_ih","*w_hh","*b_ih","*b_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_lstm_mps_backward = -1;
/** `aten::lstm_mps_backward(Tensor grad_y, Tensor? grad_hy, Tensor? grad_cy, Tensor z_state, Tensor cell_state_fwd, Tensor input, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor[], Tensor[])` */
export function lstm_mps_backward(grad_y: Tensor, grad_hy: Tensor | null | undefined, grad_cy: Tensor | null | undefined, z_state: Tensor, cell_state_fwd: Tensor, input: Tensor, hx: Tensor[], params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor[], Tensor[]] {
  if (ID_lstm_mps_backward < 0) ID_lstm_mps_backward = resolve("aten::lstm_mps_backward", "");
  let r: unknown[];
  try { r = op(ID_lstm_mps_backward, th(grad_y, "grad_y"), oth(grad_hy, "grad_hy"), oth(grad_cy, "grad_cy"), th(z_state, "z_state"), th(cell_state_fwd, "cell_state_fwd"), th(input, "input"), ths(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*grad_y","*grad_hy","*grad_cy","*z_state","*cell_state_fwd","*input","hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [grad_y, grad_hy, grad_cy, z_state, cell_state_fwd, input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrapList(r[1]), wrapList(r[2])];
}

let ID_lt_Scalar = -1;
/** `aten::lt.Scalar(Tensor self, Scalar other) -> Tensor` */
export function lt_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_lt_Scalar < 0) ID_lt_Scalar = resolve("aten::lt", "Scalar");
  try { return wrap(op(ID_lt_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_lt_Tensor = -1;
/** `aten::lt.Tensor(Tensor self, Tensor other) -> Tensor` */
export function lt_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_lt_Tensor < 0) ID_lt_Tensor = resolve("aten::lt", "Tensor");
  try { return wrap(op(ID_lt_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_lt__Scalar = -1;
/** `aten::lt_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function lt__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_lt__Scalar < 0) ID_lt__Scalar = resolve("aten::lt_", "Scalar");
  try { return wrap(op(ID_lt__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_lt__Tensor = -1;
/** `aten::lt_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function lt__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_lt__Tensor < 0) ID_lt__Tensor = resolve("aten::lt_", "Tensor");
  try { return wrap(op(ID_lt__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_lu_solve = -1;
/** `aten::lu_solve(Tensor self, Tensor LU_data, Tensor LU_pivots) -> Tensor` */
export function lu_solve(self: Tensor, LU_data: Tensor, LU_pivots: Tensor): Tensor {
  if (ID_lu_solve < 0) ID_lu_solve = resolve("aten::lu_solve", "");
  try { return wrap(op(ID_lu_solve, th(self, "self"), th(LU_data, "LU_data"), th(LU_pivots, "LU_pivots"))); } catch (e) { throw fail(e, ["*self","*LU_data","*LU_pivots"], [self, LU_data, LU_pivots]); }
}

let ID_lu_unpack = -1;
/** `aten::lu_unpack(Tensor LU_data, Tensor LU_pivots, bool unpack_data=True, bool unpack_pivots=True) -> (Tensor P, Tensor L, Tensor U)` */
export function lu_unpack(LU_data: Tensor, LU_pivots: Tensor, unpack_data?: boolean, unpack_pivots?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_lu_unpack < 0) ID_lu_unpack = resolve("aten::lu_unpack", "");
  let r: unknown[];
  try { r = op(ID_lu_unpack, th(LU_data, "LU_data"), th(LU_pivots, "LU_pivots"), unpack_data, unpack_pivots) as unknown[]; } catch (e) { throw fail(e, ["*LU_data","*LU_pivots","unpack_data","unpack_pivots"], [LU_data, LU_pivots, unpack_data, unpack_pivots]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_mH = -1;
/** `aten::mH(Tensor(a) self) -> Tensor(a)` */
export function mH(self: Tensor): Tensor {
  if (ID_mH < 0) ID_mH = resolve("aten::mH", "");
  try { return wrap(op(ID_mH, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_mT = -1;
/** `aten::mT(Tensor(a) self) -> Tensor(a)` */
export function mT(self: Tensor): Tensor {
  if (ID_mT < 0) ID_mT = resolve("aten::mT", "");
  try { return wrap(op(ID_mT, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_margin_ranking_loss = -1;
/** `aten::margin_ranking_loss(Tensor input1, Tensor input2, Tensor target, float margin=0., int reduction=1) -> Tensor` */
export function margin_ranking_loss(input1: Tensor, input2: Tensor, target: Tensor, margin?: number, reduction?: number): Tensor {
  if (ID_margin_ranking_loss < 0) ID_margin_ranking_loss = resolve("aten::margin_ranking_loss", "");
  try { return wrap(op(ID_margin_ranking_loss, th(input1, "input1"), th(input2, "input2"), th(target, "target"), margin, reduction)); } catch (e) { throw fail(e, ["*input1","*input2","*target","margin","reduction"], [input1, input2, target, margin, reduction]); }
}

let ID_masked_fill_Scalar = -1;
/** `aten::masked_fill.Scalar(Tensor self, Tensor mask, Scalar value) -> Tensor` */
export function masked_fill_Scalar(self: Tensor, mask: Tensor, value: Scalar): Tensor {
  if (ID_masked_fill_Scalar < 0) ID_masked_fill_Scalar = resolve("aten::masked_fill", "Scalar");
  try { return wrap(op(ID_masked_fill_Scalar, th(self, "self"), th(mask, "mask"), value)); } catch (e) { throw fail(e, ["*self","*mask","value"], [self, mask, value]); }
}

let ID_masked_fill_Tensor = -1;
/** `aten::masked_fill.Tensor(Tensor self, Tensor mask, Tensor value) -> Tensor` */
export function masked_fill_Tensor(self: Tensor, mask: Tensor, value: Tensor): Tensor {
  if (ID_masked_fill_Tensor < 0) ID_masked_fill_Tensor = resolve("aten::masked_fill", "Tensor");
  try { return wrap(op(ID_masked_fill_Tensor, th(self, "self"), th(mask, "mask"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","*mask","*value"], [self, mask, value]); }
}

let ID_masked_fill__Scalar = -1;
/** `aten::masked_fill_.Scalar(Tensor(a!) self, Tensor mask, Scalar value) -> Tensor(a!)` */
export function masked_fill__Scalar(self: Tensor, mask: Tensor, value: Scalar): Tensor {
  if (ID_masked_fill__Scalar < 0) ID_masked_fill__Scalar = resolve("aten::masked_fill_", "Scalar");
  try { return wrap(op(ID_masked_fill__Scalar, th(self, "self"), th(mask, "mask"), value)); } catch (e) { throw fail(e, ["*self","*mask","value"], [self, mask, value]); }
}

let ID_masked_fill__Tensor = -1;
/** `aten::masked_fill_.Tensor(Tensor(a!) self, Tensor mask, Tensor value) -> Tensor(a!)` */
export function masked_fill__Tensor(self: Tensor, mask: Tensor, value: Tensor): Tensor {
  if (ID_masked_fill__Tensor < 0) ID_masked_fill__Tensor = resolve("aten::masked_fill_", "Tensor");
  try { return wrap(op(ID_masked_fill__Tensor, th(self, "self"), th(mask, "mask"), th(value, "value"))); } catch (e) { throw fail(e, ["*self","*mask","*value"], [self, mask, value]); }
}

let ID_masked_scatter = -1;
/** `aten::masked_scatter(Tensor self, Tensor mask, Tensor source) -> Tensor` */
export function masked_scatter(self: Tensor, mask: Tensor, source: Tensor): Tensor {
  if (ID_masked_scatter < 0) ID_masked_scatter = resolve("aten::masked_scatter", "");
  try { return wrap(op(ID_masked_scatter, th(self, "self"), th(mask, "mask"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","*mask","*source"], [self, mask, source]); }
}

let ID_masked_scatter_ = -1;
/** `aten::masked_scatter_(Tensor(a!) self, Tensor mask, Tensor source) -> Tensor(a!)` */
export function masked_scatter_(self: Tensor, mask: Tensor, source: Tensor): Tensor {
  if (ID_masked_scatter_ < 0) ID_masked_scatter_ = resolve("aten::masked_scatter_", "");
  try { return wrap(op(ID_masked_scatter_, th(self, "self"), th(mask, "mask"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","*mask","*source"], [self, mask, source]); }
}

let ID_masked_select = -1;
/** `aten::masked_select(Tensor self, Tensor mask) -> Tensor` */
export function masked_select(self: Tensor, mask: Tensor): Tensor {
  if (ID_masked_select < 0) ID_masked_select = resolve("aten::masked_select", "");
  try { return wrap(op(ID_masked_select, th(self, "self"), th(mask, "mask"))); } catch (e) { throw fail(e, ["*self","*mask"], [self, mask]); }
}

let ID_masked_select_backward = -1;
/** `aten::masked_select_backward(Tensor grad, Tensor input, Tensor mask) -> Tensor` */
export function masked_select_backward(grad: Tensor, input: Tensor, mask: Tensor): Tensor {
  if (ID_masked_select_backward < 0) ID_masked_select_backward = resolve("aten::masked_select_backward", "");
  try { return wrap(op(ID_masked_select_backward, th(grad, "grad"), th(input, "input"), th(mask, "mask"))); } catch (e) { throw fail(e, ["*grad","*input","*mask"], [grad, input, mask]); }
}

let ID_matmul = -1;
/** `aten::matmul(Tensor self, Tensor other) -> Tensor` */
export function matmul(self: Tensor, other: Tensor): Tensor {
  if (ID_matmul < 0) ID_matmul = resolve("aten::matmul", "");
  try { return wrap(op(ID_matmul, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_matmul_backward = -1;
/** `aten::matmul_backward(Tensor grad, Tensor self, Tensor other, bool[2] mask) -> (Tensor, Tensor)` */
export function matmul_backward(grad: Tensor, self: Tensor, other: Tensor, mask: boolean[]): [Tensor, Tensor] {
  if (ID_matmul_backward < 0) ID_matmul_backward = resolve("aten::matmul_backward", "");
  let r: unknown[];
  try { r = op(ID_matmul_backward, th(grad, "grad"), th(self, "self"), th(other, "other"), mask) as unknown[]; } catch (e) { throw fail(e, ["*grad","*self","*other","mask"], [grad, self, other, mask]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_matrix_H = -1;
/** `aten::matrix_H(Tensor(a) self) -> Tensor(a)` */
export function matrix_H(self: Tensor): Tensor {
  if (ID_matrix_H < 0) ID_matrix_H = resolve("aten::matrix_H", "");
  try { return wrap(op(ID_matrix_H, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_matrix_exp = -1;
/** `aten::matrix_exp(Tensor self) -> Tensor` */
export function matrix_exp(self: Tensor): Tensor {
  if (ID_matrix_exp < 0) ID_matrix_exp = resolve("aten::matrix_exp", "");
  try { return wrap(op(ID_matrix_exp, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_matrix_exp_backward = -1;
/** `aten::matrix_exp_backward(Tensor self, Tensor grad) -> Tensor` */
export function matrix_exp_backward(self: Tensor, grad: Tensor): Tensor {
  if (ID_matrix_exp_backward < 0) ID_matrix_exp_backward = resolve("aten::matrix_exp_backward", "");
  try { return wrap(op(ID_matrix_exp_backward, th(self, "self"), th(grad, "grad"))); } catch (e) { throw fail(e, ["*self","*grad"], [self, grad]); }
}

let ID_matrix_power = -1;
/** `aten::matrix_power(Tensor self, int n) -> Tensor` */
export function matrix_power(self: Tensor, n: number): Tensor {
  if (ID_matrix_power < 0) ID_matrix_power = resolve("aten::matrix_power", "");
  try { return wrap(op(ID_matrix_power, th(self, "self"), n)); } catch (e) { throw fail(e, ["*self","n"], [self, n]); }
}

let ID_max = -1;
/** `aten::max(Tensor self) -> Tensor` */
export function max(self: Tensor): Tensor {
  if (ID_max < 0) ID_max = resolve("aten::max", "");
  try { return wrap(op(ID_max, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_max_dim = -1;
/** `aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function max_dim(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_max_dim < 0) ID_max_dim = resolve("aten::max", "dim");
  let r: unknown[];
  try { r = op(ID_max_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_max_names_dim = -1;
/** `aten::max.names_dim(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function max_names_dim(self: Tensor, dim: string, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_max_names_dim < 0) ID_max_names_dim = resolve("aten::max", "names_dim");
  let r: unknown[];
  try { r = op(ID_max_names_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_max_other = -1;
/** `aten::max.other(Tensor self, Tensor other) -> Tensor` */
export function max_other(self: Tensor, other: Tensor): Tensor {
  if (ID_max_other < 0) ID_max_other = resolve("aten::max", "other");
  try { return wrap(op(ID_max_other, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_max_pool1d = -1;
/** `aten::max_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> Tensor` */
export function max_pool1d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_max_pool1d < 0) ID_max_pool1d = resolve("aten::max_pool1d", "");
  try { return wrap(op(ID_max_pool1d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_max_pool1d_with_indices = -1;
/** `aten::max_pool1d_with_indices(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> (Tensor, Tensor)` */
export function max_pool1d_with_indices(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): [Tensor, Tensor] {
  if (ID_max_pool1d_with_indices < 0) ID_max_pool1d_with_indices = resolve("aten::max_pool1d_with_indices", "");
  let r: unknown[];
  try { r = op(ID_max_pool1d_with_indices, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode) as unknown[]; } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_max_pool2d = -1;
/** `aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor` */
export function max_pool2d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_max_pool2d < 0) ID_max_pool2d = resolve("aten::max_pool2d", "");
  try { return wrap(op(ID_max_pool2d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_max_pool2d_with_indices = -1;
/** `aten::max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)` */
export function max_pool2d_with_indices(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): [Tensor, Tensor] {
  if (ID_max_pool2d_with_indices < 0) ID_max_pool2d_with_indices = resolve("aten::max_pool2d_with_indices", "");
  let r: unknown[];
  try { r = op(ID_max_pool2d_with_indices, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode) as unknown[]; } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_max_pool2d_with_indices_backward = -1;
/** `aten::max_pool2d_with_indices_backward(Tensor grad_output, Tensor self, int[2] kernel_size, int[2] stride, int[2] padding, int[2] dilation, bool ceil_mode, Tensor indices) -> Tensor` */
export function max_pool2d_with_indices_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], stride: number | number[], padding: number | number[], dilation: number | number[], ceil_mode: boolean, indices: Tensor): Tensor {
  if (ID_max_pool2d_with_indices_backward < 0) ID_max_pool2d_with_indices_backward = resolve("aten::max_pool2d_with_indices_backward", "");
  try { return wrap(op(ID_max_pool2d_with_indices_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode, th(indices, "indices"))); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","stride","padding","dilation","ceil_mode","*indices"], [grad_output, self, kernel_size, stride, padding, dilation, ceil_mode, indices]); }
}

let ID_max_pool3d = -1;
/** `aten::max_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor` */
export function max_pool3d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_max_pool3d < 0) ID_max_pool3d = resolve("aten::max_pool3d", "");
  try { return wrap(op(ID_max_pool3d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_max_pool3d_with_indices = -1;
/** `aten::max_pool3d_with_indices(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)` */
export function max_pool3d_with_indices(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): [Tensor, Tensor] {
  if (ID_max_pool3d_with_indices < 0) ID_max_pool3d_with_indices = resolve("aten::max_pool3d_with_indices", "");
  let r: unknown[];
  try { r = op(ID_max_pool3d_with_indices, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode) as unknown[]; } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_max_pool3d_with_indices_backward = -1;
/** `aten::max_pool3d_with_indices_backward(Tensor grad_output, Tensor self, int[3] kernel_size, int[3] stride, int[3] padding, int[3] dilation, bool ceil_mode, Tensor indices) -> Tensor` */
export function max_pool3d_with_indices_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], stride: number | number[], padding: number | number[], dilation: number | number[], ceil_mode: boolean, indices: Tensor): Tensor {
  if (ID_max_pool3d_with_indices_backward < 0) ID_max_pool3d_with_indices_backward = resolve("aten::max_pool3d_with_indices_backward", "");
  try { return wrap(op(ID_max_pool3d_with_indices_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode, th(indices, "indices"))); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","stride","padding","dilation","ceil_mode","*indices"], [grad_output, self, kernel_size, stride, padding, dilation, ceil_mode, indices]); }
}

let ID_max_unpool2d = -1;
/** `aten::max_unpool2d(Tensor self, Tensor indices, int[2] output_size) -> Tensor` */
export function max_unpool2d(self: Tensor, indices: Tensor, output_size: number | number[]): Tensor {
  if (ID_max_unpool2d < 0) ID_max_unpool2d = resolve("aten::max_unpool2d", "");
  try { return wrap(op(ID_max_unpool2d, th(self, "self"), th(indices, "indices"), output_size)); } catch (e) { throw fail(e, ["*self","*indices","output_size"], [self, indices, output_size]); }
}

let ID_max_unpool3d = -1;
/** `aten::max_unpool3d(Tensor self, Tensor indices, int[3] output_size, int[3] stride, int[3] padding) -> Tensor` */
export function max_unpool3d(self: Tensor, indices: Tensor, output_size: number | number[], stride: number | number[], padding: number | number[]): Tensor {
  if (ID_max_unpool3d < 0) ID_max_unpool3d = resolve("aten::max_unpool3d", "");
  try { return wrap(op(ID_max_unpool3d, th(self, "self"), th(indices, "indices"), output_size, stride, padding)); } catch (e) { throw fail(e, ["*self","*indices","output_size","stride","padding"], [self, indices, output_size, stride, padding]); }
}

let ID_maximum = -1;
/** `aten::maximum(Tensor self, Tensor other) -> Tensor` */
export function maximum(self: Tensor, other: Tensor): Tensor {
  if (ID_maximum < 0) ID_maximum = resolve("aten::maximum", "");
  try { return wrap(op(ID_maximum, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_mean = -1;
/** `aten::mean(Tensor self, *, ScalarType? dtype=None) -> Tensor` */
export function mean(self: Tensor, dtype?: DType | null): Tensor {
  if (ID_mean < 0) ID_mean = resolve("aten::mean", "");
  try { return wrap(op(ID_mean, th(self, "self"), dt(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_mean_dim = -1;
/** `aten::mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function mean_dim(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_mean_dim < 0) ID_mean_dim = resolve("aten::mean", "dim");
  try { return wrap(op(ID_mean_dim, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID_median = -1;
/** `aten::median(Tensor self) -> Tensor` */
export function median(self: Tensor): Tensor {
  if (ID_median < 0) ID_median = resolve("aten::median", "");
  try { return wrap(op(ID_median, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_median_dim = -1;
/** `aten::median.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function median_dim(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_median_dim < 0) ID_median_dim = resolve("aten::median", "dim");
  let r: unknown[];
  try { r = op(ID_median_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_median_names_dim = -1;
/** `aten::median.names_dim(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function median_names_dim(self: Tensor, dim: string, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_median_names_dim < 0) ID_median_names_dim = resolve("aten::median", "names_dim");
  let r: unknown[];
  try { r = op(ID_median_names_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_meshgrid = -1;
/** `aten::meshgrid(Tensor[] tensors) -> Tensor[]` */
export function meshgrid(tensors: Tensor[]): Tensor[] {
  if (ID_meshgrid < 0) ID_meshgrid = resolve("aten::meshgrid", "");
  try { return wrapList(op(ID_meshgrid, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_meshgrid_indexing = -1;
/** `aten::meshgrid.indexing(Tensor[] tensors, *, str indexing) -> Tensor[]` */
export function meshgrid_indexing(tensors: Tensor[], indexing: string): Tensor[] {
  if (ID_meshgrid_indexing < 0) ID_meshgrid_indexing = resolve("aten::meshgrid", "indexing");
  try { return wrapList(op(ID_meshgrid_indexing, ths(tensors, "tensors"), indexing)); } catch (e) { throw fail(e, ["tensors","indexing"], [tensors, indexing]); }
}

let ID_min = -1;
/** `aten::min(Tensor self) -> Tensor` */
export function min(self: Tensor): Tensor {
  if (ID_min < 0) ID_min = resolve("aten::min", "");
  try { return wrap(op(ID_min, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_min_dim = -1;
/** `aten::min.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function min_dim(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_min_dim < 0) ID_min_dim = resolve("aten::min", "dim");
  let r: unknown[];
  try { r = op(ID_min_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_min_names_dim = -1;
/** `aten::min.names_dim(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function min_names_dim(self: Tensor, dim: string, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_min_names_dim < 0) ID_min_names_dim = resolve("aten::min", "names_dim");
  let r: unknown[];
  try { r = op(ID_min_names_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_min_other = -1;
/** `aten::min.other(Tensor self, Tensor other) -> Tensor` */
export function min_other(self: Tensor, other: Tensor): Tensor {
  if (ID_min_other < 0) ID_min_other = resolve("aten::min", "other");
  try { return wrap(op(ID_min_other, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_minimum = -1;
/** `aten::minimum(Tensor self, Tensor other) -> Tensor` */
export function minimum(self: Tensor, other: Tensor): Tensor {
  if (ID_minimum < 0) ID_minimum = resolve("aten::minimum", "");
  try { return wrap(op(ID_minimum, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_miopen_batch_norm = -1;
/** `aten::miopen_batch_norm(Tensor input, Tensor weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float exponential_average_factor, float epsilon) -> (Tensor, Tensor, Tensor)` */
export function miopen_batch_norm(input: Tensor, weight: Tensor, bias: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, training: boolean, exponential_average_factor: number, epsilon: number): [Tensor, Tensor, Tensor] {
  if (ID_miopen_batch_norm < 0) ID_miopen_batch_norm = resolve("aten::miopen_batch_norm", "");
  let r: unknown[];
  try { r = op(ID_miopen_batch_norm, th(input, "input"), th(weight, "weight"), oth(bias, "bias"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), training, exponential_average_factor, epsilon) as unknown[]; } catch (e) { throw fail(e, ["*input","*weight","*bias","*running_mean","*running_var","training","exponential_average_factor","epsilon"], [input, weight, bias, running_mean, running_var, training, exponential_average_factor, epsilon]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_miopen_batch_norm_backward = -1;
/** `aten::miopen_batch_norm_backward(Tensor input, Tensor grad_output, Tensor weight, Tensor? running_mean, Tensor? running_var, Tensor? save_mean, Tensor? save_var, float epsilon) -> (Tensor, Tensor, Tensor)` */
export function miopen_batch_norm_backward(input: Tensor, grad_output: Tensor, weight: Tensor, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, save_mean: Tensor | null | undefined, save_var: Tensor | null | undefined, epsilon: number): [Tensor, Tensor, Tensor] {
  if (ID_miopen_batch_norm_backward < 0) ID_miopen_batch_norm_backward = resolve("aten::miopen_batch_norm_backward", "");
  let r: unknown[];
  try { r = op(ID_miopen_batch_norm_backward, th(input, "input"), th(grad_output, "grad_output"), th(weight, "weight"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), oth(save_mean, "save_mean"), oth(save_var, "save_var"), epsilon) as unknown[]; } catch (e) { throw fail(e, ["*input","*grad_output","*weight","*running_mean","*running_var","*save_mean","*save_var","epsilon"], [input, grad_output, weight, running_mean, running_var, save_mean, save_var, epsilon]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_miopen_convolution = -1;
/** `aten::miopen_convolution(Tensor self, Tensor weight, Tensor? bias, int[] padding, int[] stride, int[] dilation, int groups, bool benchmark, bool deterministic) -> Tensor` */
export function miopen_convolution(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, benchmark: boolean, deterministic: boolean): Tensor {
  if (ID_miopen_convolution < 0) ID_miopen_convolution = resolve("aten::miopen_convolution", "");
  try { return wrap(op(ID_miopen_convolution, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), padding, stride, dilation, groups, benchmark, deterministic)); } catch (e) { throw fail(e, ["*self","*weight","*bias","padding","stride","dilation","groups","benchmark","deterministic"], [self, weight, bias, padding, stride, dilation, groups, benchmark, deterministic]); }
}

let ID_miopen_convolution_add_relu = -1;
/** `aten::miopen_convolution_add_relu(Tensor self, Tensor weight, Tensor z, Scalar? alpha, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor` */
export function miopen_convolution_add_relu(self: Tensor, weight: Tensor, z: Tensor, alpha: Scalar | null | undefined, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID_miopen_convolution_add_relu < 0) ID_miopen_convolution_add_relu = resolve("aten::miopen_convolution_add_relu", "");
  try { return wrap(op(ID_miopen_convolution_add_relu, th(self, "self"), th(weight, "weight"), th(z, "z"), alpha, oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","*z","alpha","*bias","stride","padding","dilation","groups"], [self, weight, z, alpha, bias, stride, padding, dilation, groups]); }
}

let ID_miopen_convolution_relu = -1;
/** `aten::miopen_convolution_relu(Tensor self, Tensor weight, Tensor? bias, int[] stride, int[] padding, int[] dilation, int groups) -> Tensor` */
export function miopen_convolution_relu(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, stride: number | number[], padding: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID_miopen_convolution_relu < 0) ID_miopen_convolution_relu = resolve("aten::miopen_convolution_relu", "");
  try { return wrap(op(ID_miopen_convolution_relu, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), stride, padding, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","*bias","stride","padding","dilation","groups"], [self, weight, bias, stride, padding, dilation, groups]); }
}

let ID_miopen_convolution_transpose = -1;
/** `aten::miopen_convolution_transpose(Tensor self, Tensor weight, Tensor? bias, int[] padding, int[] output_padding, int[] stride, int[] dilation, int groups, bool benchmark, bool deterministic) -> Tensor` */
export function miopen_convolution_transpose(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, padding: number | number[], output_padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, benchmark: boolean, deterministic: boolean): Tensor {
  if (ID_miopen_convolution_transpose < 0) ID_miopen_convolution_transpose = resolve("aten::miopen_convolution_transpose", "");
  try { return wrap(op(ID_miopen_convolution_transpose, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), padding, output_padding, stride, dilation, groups, benchmark, deterministic)); } catch (e) { throw fail(e, ["*self","*weight","*bias","padding","output_padding","stride","dilation","groups","benchmark","deterministic"], [self, weight, bias, padding, output_padding, stride, dilation, groups, benchmark, deterministic]); }
}

let ID_miopen_depthwise_convolution = -1;
/** `aten::miopen_depthwise_convolution(Tensor self, Tensor weight, Tensor? bias, int[] padding, int[] stride, int[] dilation, int groups, bool benchmark, bool deterministic) -> Tensor` */
export function miopen_depthwise_convolution(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, benchmark: boolean, deterministic: boolean): Tensor {
  if (ID_miopen_depthwise_convolution < 0) ID_miopen_depthwise_convolution = resolve("aten::miopen_depthwise_convolution", "");
  try { return wrap(op(ID_miopen_depthwise_convolution, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), padding, stride, dilation, groups, benchmark, deterministic)); } catch (e) { throw fail(e, ["*self","*weight","*bias","padding","stride","dilation","groups","benchmark","deterministic"], [self, weight, bias, padding, stride, dilation, groups, benchmark, deterministic]); }
}

let ID_miopen_rnn = -1;
/** `aten::miopen_rnn(Tensor input, Tensor[] weight, int weight_stride0, Tensor hx, Tensor? cx, int mode, int hidden_size, int num_layers, bool batch_first, float dropout, bool train, bool bidirectional, int[] batch_sizes, Tensor? dropout_state) -> (Tensor, Tensor, Tensor, Tensor, Tensor)` */
export function miopen_rnn(input: Tensor, weight: Tensor[], weight_stride0: number, hx: Tensor, cx: Tensor | null | undefined, mode: number, hidden_size: number, num_layers: number, batch_first: boolean, dropout: number, train: boolean, bidirectional: boolean, batch_sizes: number | number[], dropout_state?: Tensor | null): [Tensor, Tensor, Tensor, Tensor, Tensor] {
  if (ID_miopen_rnn < 0) ID_miopen_rnn = resolve("aten::miopen_rnn", "");
  let r: unknown[];
  try { r = op(ID_miopen_rnn, th(input, "input"), ths(weight, "weight"), weight_stride0, th(hx, "hx"), oth(cx, "cx"), mode, hidden_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, oth(dropout_state, "dropout_state")) as unknown[]; } catch (e) { throw fail(e, ["*input","weight","weight_stride0","*hx","*cx","mode","hidden_size","num_layers","batch_first","dropout","train","bidirectional","batch_sizes","*dropout_state"], [input, weight, weight_stride0, hx, cx, mode, hidden_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, dropout_state]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrap(r[3]), wrap(r[4])];
}

let ID_miopen_rnn_backward = -1;
/** `aten::miopen_rnn_backward(Tensor input, Tensor[] weight, int weight_stride0, Tensor weight_buf, Tensor hx, Tensor? cx, Tensor output, Tensor? grad_output, Tensor? grad_hy, Tensor? grad_cy, int mode, int hidden_size, int num_layers, bool batch_first, float dropout, bool train, bool bidirectional, int[] batch_sizes, Tensor? dropout_state, Tensor reserve, bool[4] output_mask) -> (Tensor, Tensor, Tensor, Tensor[])` */
export function miopen_rnn_backward(input: Tensor, weight: Tensor[], weight_stride0: number, weight_buf: Tensor, hx: Tensor, cx: Tensor | null | undefined, output: Tensor, grad_output: Tensor | null | undefined, grad_hy: Tensor | null | undefined, grad_cy: Tensor | null | undefined, mode: number, hidden_size: number, num_layers: number, batch_first: boolean, dropout: number, train: boolean, bidirectional: boolean, batch_sizes: number | number[], dropout_state: Tensor | null | undefined, reserve: Tensor, output_mask: boolean[]): [Tensor, Tensor, Tensor, Tensor[]] {
  if (ID_miopen_rnn_backward < 0) ID_miopen_rnn_backward = resolve("aten::miopen_rnn_backward", "");
  let r: unknown[];
  try { r = op(ID_miopen_rnn_backward, th(input, "input"), ths(weight, "weight"), weight_stride0, th(weight_buf, "weight_buf"), th(hx, "hx"), oth(cx, "cx"), th(output, "output"), oth(grad_output, "grad_output"), oth(grad_hy, "grad_hy"), oth(grad_cy, "grad_cy"), mode, hidden_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, oth(dropout_state, "dropout_state"), th(reserve, "reserve"), output_mask) as unknown[]; } catch (e) { throw fail(e, ["*input","weight","weight_stride0","*weight_buf","*hx","*cx","*output","*grad_output","*grad_hy","*grad_cy","mode","hidden_size","num_layers","batch_first","dropout","train","bidirectional","batch_sizes","*dropout_state","*reserve","output_mask"], [input, weight, weight_stride0, weight_buf, hx, cx, output, grad_output, grad_hy, grad_cy, mode, hidden_size, num_layers, batch_first, dropout, train, bidirectional, batch_sizes, dropout_state, reserve, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2]), wrapList(r[3])];
}

let ID_mish = -1;
/** `aten::mish(Tensor self) -> Tensor` */
export function mish(self: Tensor): Tensor {
  if (ID_mish < 0) ID_mish = resolve("aten::mish", "");
  try { return wrap(op(ID_mish, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_mish_ = -1;
/** `aten::mish_(Tensor(a!) self) -> Tensor(a!)` */
export function mish_(self: Tensor): Tensor {
  if (ID_mish_ < 0) ID_mish_ = resolve("aten::mish_", "");
  try { return wrap(op(ID_mish_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_mish_backward = -1;
/** `aten::mish_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function mish_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID_mish_backward < 0) ID_mish_backward = resolve("aten::mish_backward", "");
  try { return wrap(op(ID_mish_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID_mkldnn_adaptive_avg_pool2d = -1;
/** `aten::mkldnn_adaptive_avg_pool2d(Tensor self, int[2] output_size) -> Tensor` */
export function mkldnn_adaptive_avg_pool2d(self: Tensor, output_size: number | number[]): Tensor {
  if (ID_mkldnn_adaptive_avg_pool2d < 0) ID_mkldnn_adaptive_avg_pool2d = resolve("aten::mkldnn_adaptive_avg_pool2d", "");
  try { return wrap(op(ID_mkldnn_adaptive_avg_pool2d, th(self, "self"), output_size)); } catch (e) { throw fail(e, ["*self","output_size"], [self, output_size]); }
}

let ID_mkldnn_adaptive_avg_pool2d_backward = -1;
/** `aten::mkldnn_adaptive_avg_pool2d_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function mkldnn_adaptive_avg_pool2d_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID_mkldnn_adaptive_avg_pool2d_backward < 0) ID_mkldnn_adaptive_avg_pool2d_backward = resolve("aten::mkldnn_adaptive_avg_pool2d_backward", "");
  try { return wrap(op(ID_mkldnn_adaptive_avg_pool2d_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID_mkldnn_convolution = -1;
/** `aten::mkldnn_convolution(Tensor self, Tensor weight, Tensor? bias, int[] padding, int[] stride, int[] dilation, int groups) -> Tensor` */
export function mkldnn_convolution(self: Tensor, weight: Tensor, bias: Tensor | null | undefined, padding: number | number[], stride: number | number[], dilation: number | number[], groups: number): Tensor {
  if (ID_mkldnn_convolution < 0) ID_mkldnn_convolution = resolve("aten::mkldnn_convolution", "");
  try { return wrap(op(ID_mkldnn_convolution, th(self, "self"), th(weight, "weight"), oth(bias, "bias"), padding, stride, dilation, groups)); } catch (e) { throw fail(e, ["*self","*weight","*bias","padding","stride","dilation","groups"], [self, weight, bias, padding, stride, dilation, groups]); }
}

let ID_mkldnn_linear = -1;
/** `aten::mkldnn_linear(Tensor self, Tensor weight, Tensor? bias=None) -> Tensor` */
export function mkldnn_linear(self: Tensor, weight: Tensor, bias?: Tensor | null): Tensor {
  if (ID_mkldnn_linear < 0) ID_mkldnn_linear = resolve("aten::mkldnn_linear", "");
  try { return wrap(op(ID_mkldnn_linear, th(self, "self"), th(weight, "weight"), oth(bias, "bias"))); } catch (e) { throw fail(e, ["*self","*weight","*bias"], [self, weight, bias]); }
}

let ID_mkldnn_linear_backward = -1;
/** `aten::mkldnn_linear_backward(Tensor self, Tensor grad_output, Tensor weight, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function mkldnn_linear_backward(self: Tensor, grad_output: Tensor, weight: Tensor, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_mkldnn_linear_backward < 0) ID_mkldnn_linear_backward = resolve("aten::mkldnn_linear_backward", "");
  let r: unknown[];
  try { r = op(ID_mkldnn_linear_backward, th(self, "self"), th(grad_output, "grad_output"), th(weight, "weight"), output_mask) as unknown[]; } catch (e) { throw fail(e, ["*self","*grad_output","*weight","output_mask"], [self, grad_output, weight, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_mkldnn_linear_backward_input = -1;
/** `aten::mkldnn_linear_backward_input(int[] input_size, Tensor grad_output, Tensor weight) -> Tensor` */
export function mkldnn_linear_backward_input(input_size: number | number[], grad_output: Tensor, weight: Tensor): Tensor {
  if (ID_mkldnn_linear_backward_input < 0) ID_mkldnn_linear_backward_input = resolve("aten::mkldnn_linear_backward_input", "");
  try { return wrap(op(ID_mkldnn_linear_backward_input, input_size, th(grad_output, "grad_output"), th(weight, "weight"))); } catch (e) { throw fail(e, ["input_size","*grad_output","*weight"], [input_size, grad_output, weight]); }
}

let ID_mkldnn_linear_backward_weights = -1;
/** `aten::mkldnn_linear_backward_weights(Tensor grad_output, Tensor input, Tensor weight, bool bias_defined) -> (Tensor, Tensor)` */
export function mkldnn_linear_backward_weights(grad_output: Tensor, input: Tensor, weight: Tensor, bias_defined: boolean): [Tensor, Tensor] {
  if (ID_mkldnn_linear_backward_weights < 0) ID_mkldnn_linear_backward_weights = resolve("aten::mkldnn_linear_backward_weights", "");
  let r: unknown[];
  try { r = op(ID_mkldnn_linear_backward_weights, th(grad_output, "grad_output"), th(input, "input"), th(weight, "weight"), bias_defined) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*input","*weight","bias_defined"], [grad_output, input, weight, bias_defined]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_mkldnn_max_pool2d = -1;
/** `aten::mkldnn_max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor` */
export function mkldnn_max_pool2d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_mkldnn_max_pool2d < 0) ID_mkldnn_max_pool2d = resolve("aten::mkldnn_max_pool2d", "");
  try { return wrap(op(ID_mkldnn_max_pool2d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_mkldnn_max_pool2d_backward = -1;
/** `aten::mkldnn_max_pool2d_backward(Tensor grad_output, Tensor output, Tensor input, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor` */
export function mkldnn_max_pool2d_backward(grad_output: Tensor, output: Tensor, input: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_mkldnn_max_pool2d_backward < 0) ID_mkldnn_max_pool2d_backward = resolve("aten::mkldnn_max_pool2d_backward", "");
  try { return wrap(op(ID_mkldnn_max_pool2d_backward, th(grad_output, "grad_output"), th(output, "output"), th(input, "input"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*grad_output","*output","*input","kernel_size","stride","padding","dilation","ceil_mode"], [grad_output, output, input, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_mkldnn_max_pool3d = -1;
/** `aten::mkldnn_max_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor` */
export function mkldnn_max_pool3d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_mkldnn_max_pool3d < 0) ID_mkldnn_max_pool3d = resolve("aten::mkldnn_max_pool3d", "");
  try { return wrap(op(ID_mkldnn_max_pool3d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_mkldnn_max_pool3d_backward = -1;
/** `aten::mkldnn_max_pool3d_backward(Tensor grad_output, Tensor output, Tensor input, int[3] kernel_size, int[3] stride=[], int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor` */
export function mkldnn_max_pool3d_backward(grad_output: Tensor, output: Tensor, input: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_mkldnn_max_pool3d_backward < 0) ID_mkldnn_max_pool3d_backward = resolve("aten::mkldnn_max_pool3d_backward", "");
  try { return wrap(op(ID_mkldnn_max_pool3d_backward, th(grad_output, "grad_output"), th(output, "output"), th(input, "input"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*grad_output","*output","*input","kernel_size","stride","padding","dilation","ceil_mode"], [grad_output, output, input, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_mkldnn_reorder_conv2d_weight = -1;
/** `aten::mkldnn_reorder_conv2d_weight(Tensor self, int[2] padding=0, int[2] stride=1, int[2] dilation=1, int groups=1) -> Tensor` */
export function mkldnn_reorder_conv2d_weight(self: Tensor, padding?: number | number[], stride?: number | number[], dilation?: number | number[], groups?: number): Tensor {
  if (ID_mkldnn_reorder_conv2d_weight < 0) ID_mkldnn_reorder_conv2d_weight = resolve("aten::mkldnn_reorder_conv2d_weight", "");
  try { return wrap(op(ID_mkldnn_reorder_conv2d_weight, th(self, "self"), padding, stride, dilation, groups)); } catch (e) { throw fail(e, ["*self","padding","stride","dilation","groups"], [self, padding, stride, dilation, groups]); }
}

let ID_mkldnn_reorder_conv3d_weight = -1;
/** `aten::mkldnn_reorder_conv3d_weight(Tensor self, int[3] padding=0, int[3] stride=1, int[3] dilation=1, int groups=1) -> Tensor` */
export function mkldnn_reorder_conv3d_weight(self: Tensor, padding?: number | number[], stride?: number | number[], dilation?: number | number[], groups?: number): Tensor {
  if (ID_mkldnn_reorder_conv3d_weight < 0) ID_mkldnn_reorder_conv3d_weight = resolve("aten::mkldnn_reorder_conv3d_weight", "");
  try { return wrap(op(ID_mkldnn_reorder_conv3d_weight, th(self, "self"), padding, stride, dilation, groups)); } catch (e) { throw fail(e, ["*self","padding","stride","dilation","groups"], [self, padding, stride, dilation, groups]); }
}

let ID_mm = -1;
/** `aten::mm(Tensor self, Tensor mat2) -> Tensor` */
export function mm(self: Tensor, mat2: Tensor): Tensor {
  if (ID_mm < 0) ID_mm = resolve("aten::mm", "");
  try { return wrap(op(ID_mm, th(self, "self"), th(mat2, "mat2"))); } catch (e) { throw fail(e, ["*self","*mat2"], [self, mat2]); }
}

let ID_mode = -1;
/** `aten::mode(Tensor self, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function mode(self: Tensor, dim?: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_mode < 0) ID_mode = resolve("aten::mode", "");
  let r: unknown[];
  try { r = op(ID_mode, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_mode_dimname = -1;
/** `aten::mode.dimname(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function mode_dimname(self: Tensor, dim: string, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_mode_dimname < 0) ID_mode_dimname = resolve("aten::mode", "dimname");
  let r: unknown[];
  try { r = op(ID_mode_dimname, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_moveaxis_int = -1;
/** `aten::moveaxis.int(Tensor(a) self, int source, int destination) -> Tensor(a)` */
export function moveaxis_int(self: Tensor, source: number, destination: number): Tensor {
  if (ID_moveaxis_int < 0) ID_moveaxis_int = resolve("aten::moveaxis", "int");
  try { return wrap(op(ID_moveaxis_int, th(self, "self"), source, destination)); } catch (e) { throw fail(e, ["*self","source","destination"], [self, source, destination]); }
}

let ID_moveaxis_intlist = -1;
/** `aten::moveaxis.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)` */
export function moveaxis_intlist(self: Tensor, source: number | number[], destination: number | number[]): Tensor {
  if (ID_moveaxis_intlist < 0) ID_moveaxis_intlist = resolve("aten::moveaxis", "intlist");
  try { return wrap(op(ID_moveaxis_intlist, th(self, "self"), source, destination)); } catch (e) { throw fail(e, ["*self","source","destination"], [self, source, destination]); }
}

let ID_movedim_int = -1;
/** `aten::movedim.int(Tensor(a) self, int source, int destination) -> Tensor(a)` */
export function movedim_int(self: Tensor, source: number, destination: number): Tensor {
  if (ID_movedim_int < 0) ID_movedim_int = resolve("aten::movedim", "int");
  try { return wrap(op(ID_movedim_int, th(self, "self"), source, destination)); } catch (e) { throw fail(e, ["*self","source","destination"], [self, source, destination]); }
}

let ID_movedim_intlist = -1;
/** `aten::movedim.intlist(Tensor(a) self, int[] source, int[] destination) -> Tensor(a)` */
export function movedim_intlist(self: Tensor, source: number | number[], destination: number | number[]): Tensor {
  if (ID_movedim_intlist < 0) ID_movedim_intlist = resolve("aten::movedim", "intlist");
  try { return wrap(op(ID_movedim_intlist, th(self, "self"), source, destination)); } catch (e) { throw fail(e, ["*self","source","destination"], [self, source, destination]); }
}

let ID_mps_convolution_backward = -1;
/** `aten::mps_convolution_backward(Tensor self, Tensor grad_output, Tensor weight, int[] padding, int[] stride, int[] dilation, int groups, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function mps_convolution_backward(self: Tensor, grad_output: Tensor, weight: Tensor, padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_mps_convolution_backward < 0) ID_mps_convolution_backward = resolve("aten::mps_convolution_backward", "");
  let r: unknown[];
  try { r = op(ID_mps_convolution_backward, th(self, "self"), th(grad_output, "grad_output"), th(weight, "weight"), padding, stride, dilation, groups, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*self","*grad_output","*weight","padding","stride","dilation","groups","output_mask"], [self, grad_output, weight, padding, stride, dilation, groups, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_mps_convolution_transpose_backward = -1;
/** `aten::mps_convolution_transpose_backward(Tensor self, Tensor grad_output, Tensor weight, int[] padding, int[] output_padding, int[] stride, int[] dilation, int groups, bool[2] output_mask) -> (Tensor, Tensor)` */
export function mps_convolution_transpose_backward(self: Tensor, grad_output: Tensor, weight: Tensor, padding: number | number[], output_padding: number | number[], stride: number | number[], dilation: number | number[], groups: number, output_mask: boolean[]): [Tensor, Tensor] {
  if (ID_mps_convolution_transpose_backward < 0) ID_mps_convolution_transpose_backward = resolve("aten::mps_convolution_transpose_backward", "");
  let r: unknown[];
  try { r = op(ID_mps_convolution_transpose_backward, th(self, "self"), th(grad_output, "grad_output"), th(weight, "weight"), padding, output_padding, stride, dilation, groups, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*self","*grad_output","*weight","padding","output_padding","stride","dilation","groups","output_mask"], [self, grad_output, weight, padding, output_padding, stride, dilation, groups, output_mask]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_mps_max_pool2d_backward = -1;
/** `aten::mps_max_pool2d_backward(Tensor grad_output, Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor` */
export function mps_max_pool2d_backward(grad_output: Tensor, self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_mps_max_pool2d_backward < 0) ID_mps_max_pool2d_backward = resolve("aten::mps_max_pool2d_backward", "");
  try { return wrap(op(ID_mps_max_pool2d_backward, th(grad_output, "grad_output"), th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*grad_output","*self","kernel_size","stride","padding","dilation","ceil_mode"], [grad_output, self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_mse_loss = -1;
/** `aten::mse_loss(Tensor self, Tensor target, int reduction=1) -> Tensor` */
export function mse_loss(self: Tensor, target: Tensor, reduction?: number): Tensor {
  if (ID_mse_loss < 0) ID_mse_loss = resolve("aten::mse_loss", "");
  try { return wrap(op(ID_mse_loss, th(self, "self"), th(target, "target"), reduction)); } catch (e) { throw fail(e, ["*self","*target","reduction"], [self, target, reduction]); }
}

let ID_mse_loss_backward = -1;
/** `aten::mse_loss_backward(Tensor grad_output, Tensor self, Tensor target, int reduction) -> Tensor` */
export function mse_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, reduction: number): Tensor {
  if (ID_mse_loss_backward < 0) ID_mse_loss_backward = resolve("aten::mse_loss_backward", "");
  try { return wrap(op(ID_mse_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), reduction)); } catch (e) { throw fail(e, ["*grad_output","*self","*target","reduction"], [grad_output, self, target, reduction]); }
}

let ID_msort = -1;
/** `aten::msort(Tensor self) -> Tensor` */
export function msort(self: Tensor): Tensor {
  if (ID_msort < 0) ID_msort = resolve("aten::msort", "");
  try { return wrap(op(ID_msort, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_mul_Scalar = -1;
/** `aten::mul.Scalar(Tensor self, Scalar other) -> Tensor` */
export function mul_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_mul_Scalar < 0) ID_mul_Scalar = resolve("aten::mul", "Scalar");
  try { return wrap(op(ID_mul_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_mul_Tensor = -1;
/** `aten::mul.Tensor(Tensor self, Tensor other) -> Tensor` */
export function mul_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_mul_Tensor < 0) ID_mul_Tensor = resolve("aten::mul", "Tensor");
  try { return wrap(op(ID_mul_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_mul__Scalar = -1;
/** `aten::mul_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function mul__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_mul__Scalar < 0) ID_mul__Scalar = resolve("aten::mul_", "Scalar");
  try { return wrap(op(ID_mul__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_mul__Tensor = -1;
/** `aten::mul_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function mul__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_mul__Tensor < 0) ID_mul__Tensor = resolve("aten::mul_", "Tensor");
  try { return wrap(op(ID_mul__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_multi_margin_loss = -1;
/** `aten::multi_margin_loss(Tensor self, Tensor target, Scalar p=1, Scalar margin=1, Tensor? weight=None, int reduction=1) -> Tensor` */
export function multi_margin_loss(self: Tensor, target: Tensor, p?: Scalar, margin?: Scalar, weight?: Tensor | null, reduction?: number): Tensor {
  if (ID_multi_margin_loss < 0) ID_multi_margin_loss = resolve("aten::multi_margin_loss", "");
  try { return wrap(op(ID_multi_margin_loss, th(self, "self"), th(target, "target"), p, margin, oth(weight, "weight"), reduction)); } catch (e) { throw fail(e, ["*self","*target","p","margin","*weight","reduction"], [self, target, p, margin, weight, reduction]); }
}

let ID_multi_margin_loss_backward = -1;
/** `aten::multi_margin_loss_backward(Tensor grad_output, Tensor self, Tensor target, Scalar p, Scalar margin, Tensor? weight=None, int reduction=1) -> Tensor` */
export function multi_margin_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, p: Scalar, margin: Scalar, weight?: Tensor | null, reduction?: number): Tensor {
  if (ID_multi_margin_loss_backward < 0) ID_multi_margin_loss_backward = resolve("aten::multi_margin_loss_backward", "");
  try { return wrap(op(ID_multi_margin_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), p, margin, oth(weight, "weight"), reduction)); } catch (e) { throw fail(e, ["*grad_output","*self","*target","p","margin","*weight","reduction"], [grad_output, self, target, p, margin, weight, reduction]); }
}

let ID_multilabel_margin_loss = -1;
/** `aten::multilabel_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor` */
export function multilabel_margin_loss(self: Tensor, target: Tensor, reduction?: number): Tensor {
  if (ID_multilabel_margin_loss < 0) ID_multilabel_margin_loss = resolve("aten::multilabel_margin_loss", "");
  try { return wrap(op(ID_multilabel_margin_loss, th(self, "self"), th(target, "target"), reduction)); } catch (e) { throw fail(e, ["*self","*target","reduction"], [self, target, reduction]); }
}

let ID_multilabel_margin_loss_backward = -1;
/** `aten::multilabel_margin_loss_backward(Tensor grad_output, Tensor self, Tensor target, int reduction, Tensor is_target) -> Tensor` */
export function multilabel_margin_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, reduction: number, is_target: Tensor): Tensor {
  if (ID_multilabel_margin_loss_backward < 0) ID_multilabel_margin_loss_backward = resolve("aten::multilabel_margin_loss_backward", "");
  try { return wrap(op(ID_multilabel_margin_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), reduction, th(is_target, "is_target"))); } catch (e) { throw fail(e, ["*grad_output","*self","*target","reduction","*is_target"], [grad_output, self, target, reduction, is_target]); }
}

let ID_multilabel_margin_loss_forward = -1;
/** `aten::multilabel_margin_loss_forward(Tensor self, Tensor target, int reduction) -> (Tensor output, Tensor is_target)` */
export function multilabel_margin_loss_forward(self: Tensor, target: Tensor, reduction: number): [Tensor, Tensor] {
  if (ID_multilabel_margin_loss_forward < 0) ID_multilabel_margin_loss_forward = resolve("aten::multilabel_margin_loss_forward", "");
  let r: unknown[];
  try { r = op(ID_multilabel_margin_loss_forward, th(self, "self"), th(target, "target"), reduction) as unknown[]; } catch (e) { throw fail(e, ["*self","*target","reduction"], [self, target, reduction]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_multinomial = -1;
/** `aten::multinomial(Tensor self, int num_samples, bool replacement=False, *, Generator? generator=None) -> Tensor` */
export function multinomial(self: Tensor, num_samples: number, replacement?: boolean): Tensor {
  if (ID_multinomial < 0) ID_multinomial = resolve("aten::multinomial", "");
  try { return wrap(op(ID_multinomial, th(self, "self"), num_samples, replacement, undefined)); } catch (e) { throw fail(e, ["*self","num_samples","replacement","generator"], [self, num_samples, replacement, undefined]); }
}

let ID_multiply_Scalar = -1;
/** `aten::multiply.Scalar(Tensor self, Scalar other) -> Tensor` */
export function multiply_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_multiply_Scalar < 0) ID_multiply_Scalar = resolve("aten::multiply", "Scalar");
  try { return wrap(op(ID_multiply_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_multiply_Tensor = -1;
/** `aten::multiply.Tensor(Tensor self, Tensor other) -> Tensor` */
export function multiply_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_multiply_Tensor < 0) ID_multiply_Tensor = resolve("aten::multiply", "Tensor");
  try { return wrap(op(ID_multiply_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_multiply__Scalar = -1;
/** `aten::multiply_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function multiply__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_multiply__Scalar < 0) ID_multiply__Scalar = resolve("aten::multiply_", "Scalar");
  try { return wrap(op(ID_multiply__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_multiply__Tensor = -1;
/** `aten::multiply_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function multiply__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_multiply__Tensor < 0) ID_multiply__Tensor = resolve("aten::multiply_", "Tensor");
  try { return wrap(op(ID_multiply__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_mv = -1;
/** `aten::mv(Tensor self, Tensor vec) -> Tensor` */
export function mv(self: Tensor, vec: Tensor): Tensor {
  if (ID_mv < 0) ID_mv = resolve("aten::mv", "");
  try { return wrap(op(ID_mv, th(self, "self"), th(vec, "vec"))); } catch (e) { throw fail(e, ["*self","*vec"], [self, vec]); }
}

let ID_mvlgamma = -1;
/** `aten::mvlgamma(Tensor self, int p) -> Tensor` */
export function mvlgamma(self: Tensor, p: number): Tensor {
  if (ID_mvlgamma < 0) ID_mvlgamma = resolve("aten::mvlgamma", "");
  try { return wrap(op(ID_mvlgamma, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_mvlgamma_ = -1;
/** `aten::mvlgamma_(Tensor(a!) self, int p) -> Tensor(a!)` */
export function mvlgamma_(self: Tensor, p: number): Tensor {
  if (ID_mvlgamma_ < 0) ID_mvlgamma_ = resolve("aten::mvlgamma_", "");
  try { return wrap(op(ID_mvlgamma_, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_nan_to_num = -1;
/** `aten::nan_to_num(Tensor self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor` */
export function nan_to_num(self: Tensor, nan?: number | null, posinf?: number | null, neginf?: number | null): Tensor {
  if (ID_nan_to_num < 0) ID_nan_to_num = resolve("aten::nan_to_num", "");
  try { return wrap(op(ID_nan_to_num, th(self, "self"), nan, posinf, neginf)); } catch (e) { throw fail(e, ["*self","nan","posinf","neginf"], [self, nan, posinf, neginf]); }
}

let ID_nan_to_num_ = -1;
/** `aten::nan_to_num_(Tensor(a!) self, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor(a!)` */
export function nan_to_num_(self: Tensor, nan?: number | null, posinf?: number | null, neginf?: number | null): Tensor {
  if (ID_nan_to_num_ < 0) ID_nan_to_num_ = resolve("aten::nan_to_num_", "");
  try { return wrap(op(ID_nan_to_num_, th(self, "self"), nan, posinf, neginf)); } catch (e) { throw fail(e, ["*self","nan","posinf","neginf"], [self, nan, posinf, neginf]); }
}

let ID_nanmean = -1;
/** `aten::nanmean(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function nanmean(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_nanmean < 0) ID_nanmean = resolve("aten::nanmean", "");
  try { return wrap(op(ID_nanmean, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID_nanmedian = -1;
/** `aten::nanmedian(Tensor self) -> Tensor` */
export function nanmedian(self: Tensor): Tensor {
  if (ID_nanmedian < 0) ID_nanmedian = resolve("aten::nanmedian", "");
  try { return wrap(op(ID_nanmedian, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_nanmedian_dim = -1;
/** `aten::nanmedian.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function nanmedian_dim(self: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_nanmedian_dim < 0) ID_nanmedian_dim = resolve("aten::nanmedian", "dim");
  let r: unknown[];
  try { r = op(ID_nanmedian_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_nanmedian_names_dim = -1;
/** `aten::nanmedian.names_dim(Tensor self, str dim, bool keepdim=False) -> (Tensor values, Tensor indices)` */
export function nanmedian_names_dim(self: Tensor, dim: string, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_nanmedian_names_dim < 0) ID_nanmedian_names_dim = resolve("aten::nanmedian", "names_dim");
  let r: unknown[];
  try { r = op(ID_nanmedian_names_dim, th(self, "self"), dim, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_nanquantile = -1;
/** `aten::nanquantile(Tensor self, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor` */
export function nanquantile(self: Tensor, q: Tensor, dim?: number | null, keepdim?: boolean, interpolation?: string): Tensor {
  if (ID_nanquantile < 0) ID_nanquantile = resolve("aten::nanquantile", "");
  try { return wrap(op(ID_nanquantile, th(self, "self"), th(q, "q"), dim, keepdim, interpolation)); } catch (e) { throw fail(e, ["*self","*q","dim","keepdim","interpolation"], [self, q, dim, keepdim, interpolation]); }
}

let ID_nanquantile_scalar = -1;
/** `aten::nanquantile.scalar(Tensor self, float q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor` */
export function nanquantile_scalar(self: Tensor, q: number, dim?: number | null, keepdim?: boolean, interpolation?: string): Tensor {
  if (ID_nanquantile_scalar < 0) ID_nanquantile_scalar = resolve("aten::nanquantile", "scalar");
  try { return wrap(op(ID_nanquantile_scalar, th(self, "self"), q, dim, keepdim, interpolation)); } catch (e) { throw fail(e, ["*self","q","dim","keepdim","interpolation"], [self, q, dim, keepdim, interpolation]); }
}

let ID_nansum = -1;
/** `aten::nansum(Tensor self, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function nansum(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_nansum < 0) ID_nansum = resolve("aten::nansum", "");
  try { return wrap(op(ID_nansum, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID_narrow = -1;
/** `aten::narrow(Tensor(a) self, int dim, int start, int length) -> Tensor(a)` */
export function narrow(self: Tensor, dim: number, start: number, length: number): Tensor {
  if (ID_narrow < 0) ID_narrow = resolve("aten::narrow", "");
  try { return wrap(op(ID_narrow, th(self, "self"), dim, start, length)); } catch (e) { throw fail(e, ["*self","dim","start","length"], [self, dim, start, length]); }
}

let ID_narrow_Tensor = -1;
/** `aten::narrow.Tensor(Tensor(a) self, int dim, Tensor start, int length) -> Tensor(a)` */
export function narrow_Tensor(self: Tensor, dim: number, start: Tensor, length: number): Tensor {
  if (ID_narrow_Tensor < 0) ID_narrow_Tensor = resolve("aten::narrow", "Tensor");
  try { return wrap(op(ID_narrow_Tensor, th(self, "self"), dim, th(start, "start"), length)); } catch (e) { throw fail(e, ["*self","dim","*start","length"], [self, dim, start, length]); }
}

let ID_narrow_copy = -1;
/** `aten::narrow_copy(Tensor self, int dim, SymInt start, SymInt length) -> Tensor` */
export function narrow_copy(self: Tensor, dim: number, start: number, length: number): Tensor {
  if (ID_narrow_copy < 0) ID_narrow_copy = resolve("aten::narrow_copy", "");
  try { return wrap(op(ID_narrow_copy, th(self, "self"), dim, start, length)); } catch (e) { throw fail(e, ["*self","dim","start","length"], [self, dim, start, length]); }
}

let ID_native_batch_norm = -1;
/** `aten::native_batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool training, float momentum, float eps) -> (Tensor, Tensor, Tensor)` */
export function native_batch_norm(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, training: boolean, momentum: number, eps: number): [Tensor, Tensor, Tensor] {
  if (ID_native_batch_norm < 0) ID_native_batch_norm = resolve("aten::native_batch_norm", "");
  let r: unknown[];
  try { r = op(ID_native_batch_norm, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), training, momentum, eps) as unknown[]; } catch (e) { throw fail(e, ["*input","*weight","*bias","*running_mean","*running_var","training","momentum","eps"], [input, weight, bias, running_mean, running_var, training, momentum, eps]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_native_batch_norm_backward = -1;
/** `aten::native_batch_norm_backward(Tensor grad_out, Tensor input, Tensor? weight, Tensor? running_mean, Tensor? running_var, Tensor? save_mean, Tensor? save_invstd, bool train, float eps, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function native_batch_norm_backward(grad_out: Tensor, input: Tensor, weight: Tensor | null | undefined, running_mean: Tensor | null | undefined, running_var: Tensor | null | undefined, save_mean: Tensor | null | undefined, save_invstd: Tensor | null | undefined, train: boolean, eps: number, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_native_batch_norm_backward < 0) ID_native_batch_norm_backward = resolve("aten::native_batch_norm_backward", "");
  let r: unknown[];
  try { r = op(ID_native_batch_norm_backward, th(grad_out, "grad_out"), th(input, "input"), oth(weight, "weight"), oth(running_mean, "running_mean"), oth(running_var, "running_var"), oth(save_mean, "save_mean"), oth(save_invstd, "save_invstd"), train, eps, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_out","*input","*weight","*running_mean","*running_var","*save_mean","*save_invstd","train","eps","output_mask"], [grad_out, input, weight, running_mean, running_var, save_mean, save_invstd, train, eps, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_native_channel_shuffle = -1;
/** `aten::native_channel_shuffle(Tensor self, int groups) -> Tensor` */
export function native_channel_shuffle(self: Tensor, groups: number): Tensor {
  if (ID_native_channel_shuffle < 0) ID_native_channel_shuffle = resolve("aten::native_channel_shuffle", "");
  try { return wrap(op(ID_native_channel_shuffle, th(self, "self"), groups)); } catch (e) { throw fail(e, ["*self","groups"], [self, groups]); }
}

let ID_native_dropout = -1;
/** `aten::native_dropout(Tensor input, float p, bool? train) -> (Tensor, Tensor)` */
export function native_dropout(input: Tensor, p: number, train?: boolean | null): [Tensor, Tensor] {
  if (ID_native_dropout < 0) ID_native_dropout = resolve("aten::native_dropout", "");
  let r: unknown[];
  try { r = op(ID_native_dropout, th(input, "input"), p, train) as unknown[]; } catch (e) { throw fail(e, ["*input","p","train"], [input, p, train]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_native_dropout_backward = -1;
/** `aten::native_dropout_backward(Tensor grad_output, Tensor mask, float scale) -> Tensor` */
export function native_dropout_backward(grad_output: Tensor, mask: Tensor, scale: number): Tensor {
  if (ID_native_dropout_backward < 0) ID_native_dropout_backward = resolve("aten::native_dropout_backward", "");
  try { return wrap(op(ID_native_dropout_backward, th(grad_output, "grad_output"), th(mask, "mask"), scale)); } catch (e) { throw fail(e, ["*grad_output","*mask","scale"], [grad_output, mask, scale]); }
}

let ID_native_group_norm = -1;
/** `aten::native_group_norm(Tensor input, Tensor? weight, Tensor? bias, SymInt N, SymInt C, SymInt HxW, int group, float eps) -> (Tensor, Tensor, Tensor)` */
export function native_group_norm(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, N: number, C: number, HxW: number, group: number, eps: number): [Tensor, Tensor, Tensor] {
  if (ID_native_group_norm < 0) ID_native_group_norm = resolve("aten::native_group_norm", "");
  let r: unknown[];
  try { r = op(ID_native_group_norm, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), N, C, HxW, group, eps) as unknown[]; } catch (e) { throw fail(e, ["*input","*weight","*bias","N","C","HxW","group","eps"], [input, weight, bias, N, C, HxW, group, eps]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_native_group_norm_backward = -1;
/** `aten::native_group_norm_backward(Tensor grad_out, Tensor input, Tensor mean, Tensor rstd, Tensor? weight, SymInt N, SymInt C, SymInt HxW, int group, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function native_group_norm_backward(grad_out: Tensor, input: Tensor, mean: Tensor, rstd: Tensor, weight: Tensor | null | undefined, N: number, C: number, HxW: number, group: number, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_native_group_norm_backward < 0) ID_native_group_norm_backward = resolve("aten::native_group_norm_backward", "");
  let r: unknown[];
  try { r = op(ID_native_group_norm_backward, th(grad_out, "grad_out"), th(input, "input"), th(mean, "mean"), th(rstd, "rstd"), oth(weight, "weight"), N, C, HxW, group, output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_out","*input","*mean","*rstd","*weight","N","C","HxW","group","output_mask"], [grad_out, input, mean, rstd, weight, N, C, HxW, group, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_native_layer_norm = -1;
/** `aten::native_layer_norm(Tensor input, SymInt[] normalized_shape, Tensor? weight, Tensor? bias, float eps) -> (Tensor, Tensor, Tensor)` */
export function native_layer_norm(input: Tensor, normalized_shape: number | number[], weight: Tensor | null | undefined, bias: Tensor | null | undefined, eps: number): [Tensor, Tensor, Tensor] {
  if (ID_native_layer_norm < 0) ID_native_layer_norm = resolve("aten::native_layer_norm", "");
  let r: unknown[];
  try { r = op(ID_native_layer_norm, th(input, "input"), normalized_shape, oth(weight, "weight"), oth(bias, "bias"), eps) as unknown[]; } catch (e) { throw fail(e, ["*input","normalized_shape","*weight","*bias","eps"], [input, normalized_shape, weight, bias, eps]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_native_layer_norm_backward = -1;
/** `aten::native_layer_norm_backward(Tensor grad_out, Tensor input, SymInt[] normalized_shape, Tensor mean, Tensor rstd, Tensor? weight, Tensor? bias, bool[3] output_mask) -> (Tensor, Tensor, Tensor)` */
export function native_layer_norm_backward(grad_out: Tensor, input: Tensor, normalized_shape: number | number[], mean: Tensor, rstd: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, output_mask: boolean[]): [Tensor, Tensor, Tensor] {
  if (ID_native_layer_norm_backward < 0) ID_native_layer_norm_backward = resolve("aten::native_layer_norm_backward", "");
  let r: unknown[];
  try { r = op(ID_native_layer_norm_backward, th(grad_out, "grad_out"), th(input, "input"), normalized_shape, th(mean, "mean"), th(rstd, "rstd"), oth(weight, "weight"), oth(bias, "bias"), output_mask) as unknown[]; } catch (e) { throw fail(e, ["*grad_out","*input","normalized_shape","*mean","*rstd","*weight","*bias","output_mask"], [grad_out, input, normalized_shape, mean, rstd, weight, bias, output_mask]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_native_norm = -1;
/** `aten::native_norm(Tensor self, Scalar p=2) -> Tensor` */
export function native_norm(self: Tensor, p?: Scalar): Tensor {
  if (ID_native_norm < 0) ID_native_norm = resolve("aten::native_norm", "");
  try { return wrap(op(ID_native_norm, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_native_norm_ScalarOpt_dim_dtype = -1;
/** `aten::native_norm.ScalarOpt_dim_dtype(Tensor self, Scalar? p, int[1] dim, bool keepdim, ScalarType? dtype) -> Tensor` */
export function native_norm_ScalarOpt_dim_dtype(self: Tensor, p: Scalar | null | undefined, dim: number | number[], keepdim: boolean, dtype?: DType | null): Tensor {
  if (ID_native_norm_ScalarOpt_dim_dtype < 0) ID_native_norm_ScalarOpt_dim_dtype = resolve("aten::native_norm", "ScalarOpt_dim_dtype");
  try { return wrap(op(ID_native_norm_ScalarOpt_dim_dtype, th(self, "self"), p, dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","p","dim","keepdim","dtype"], [self, p, dim, keepdim, dtype]); }
}

let ID_ne_Scalar = -1;
/** `aten::ne.Scalar(Tensor self, Scalar other) -> Tensor` */
export function ne_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_ne_Scalar < 0) ID_ne_Scalar = resolve("aten::ne", "Scalar");
  try { return wrap(op(ID_ne_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_ne_Tensor = -1;
/** `aten::ne.Tensor(Tensor self, Tensor other) -> Tensor` */
export function ne_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_ne_Tensor < 0) ID_ne_Tensor = resolve("aten::ne", "Tensor");
  try { return wrap(op(ID_ne_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_ne__Scalar = -1;
/** `aten::ne_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function ne__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_ne__Scalar < 0) ID_ne__Scalar = resolve("aten::ne_", "Scalar");
  try { return wrap(op(ID_ne__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_ne__Tensor = -1;
/** `aten::ne_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function ne__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_ne__Tensor < 0) ID_ne__Tensor = resolve("aten::ne_", "Tensor");
  try { return wrap(op(ID_ne__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_neg = -1;
/** `aten::neg(Tensor self) -> Tensor` */
export function neg(self: Tensor): Tensor {
  if (ID_neg < 0) ID_neg = resolve("aten::neg", "");
  try { return wrap(op(ID_neg, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_neg_ = -1;
/** `aten::neg_(Tensor(a!) self) -> Tensor(a!)` */
export function neg_(self: Tensor): Tensor {
  if (ID_neg_ < 0) ID_neg_ = resolve("aten::neg_", "");
  try { return wrap(op(ID_neg_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_negative = -1;
/** `aten::negative(Tensor self) -> Tensor` */
export function negative(self: Tensor): Tensor {
  if (ID_negative < 0) ID_negative = resolve("aten::negative", "");
  try { return wrap(op(ID_negative, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_negative_ = -1;
/** `aten::negative_(Tensor(a!) self) -> Tensor(a!)` */
export function negative_(self: Tensor): Tensor {
  if (ID_negative_ < 0) ID_negative_ = resolve("aten::negative_", "");
  try { return wrap(op(ID_negative_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_nested_to_padded_tensor = -1;
/** `aten::nested_to_padded_tensor(Tensor self, float padding, int[]? output_size=None) -> Tensor` */
export function nested_to_padded_tensor(self: Tensor, padding: number, output_size?: number | number[] | null): Tensor {
  if (ID_nested_to_padded_tensor < 0) ID_nested_to_padded_tensor = resolve("aten::nested_to_padded_tensor", "");
  try { return wrap(op(ID_nested_to_padded_tensor, th(self, "self"), padding, output_size)); } catch (e) { throw fail(e, ["*self","padding","output_size"], [self, padding, output_size]); }
}

let ID_new_empty = -1;
/** `aten::new_empty(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function new_empty(self: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_new_empty < 0) ID_new_empty = resolve("aten::new_empty", "");
  try { return wrap(op(ID_new_empty, th(self, "self"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*self","size","dtype","layout","device","pin_memory"], [self, size, dtype, layout, device, pin_memory]); }
}

let ID_new_empty_strided = -1;
/** `aten::new_empty_strided(Tensor self, SymInt[] size, SymInt[] stride, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function new_empty_strided(self: Tensor, size: number | number[], stride: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_new_empty_strided < 0) ID_new_empty_strided = resolve("aten::new_empty_strided", "");
  try { return wrap(op(ID_new_empty_strided, th(self, "self"), size, stride, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*self","size","stride","dtype","layout","device","pin_memory"], [self, size, stride, dtype, layout, device, pin_memory]); }
}

let ID_new_full = -1;
/** `aten::new_full(Tensor self, SymInt[] size, Scalar fill_value, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function new_full(self: Tensor, size: number | number[], fill_value: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_new_full < 0) ID_new_full = resolve("aten::new_full", "");
  try { return wrap(op(ID_new_full, th(self, "self"), size, fill_value, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*self","size","fill_value","dtype","layout","device","pin_memory"], [self, size, fill_value, dtype, layout, device, pin_memory]); }
}

let ID_new_ones = -1;
/** `aten::new_ones(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function new_ones(self: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_new_ones < 0) ID_new_ones = resolve("aten::new_ones", "");
  try { return wrap(op(ID_new_ones, th(self, "self"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*self","size","dtype","layout","device","pin_memory"], [self, size, dtype, layout, device, pin_memory]); }
}

let ID_new_zeros = -1;
/** `aten::new_zeros(Tensor self, SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function new_zeros(self: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_new_zeros < 0) ID_new_zeros = resolve("aten::new_zeros", "");
  try { return wrap(op(ID_new_zeros, th(self, "self"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*self","size","dtype","layout","device","pin_memory"], [self, size, dtype, layout, device, pin_memory]); }
}

let ID_nextafter = -1;
/** `aten::nextafter(Tensor self, Tensor other) -> Tensor` */
export function nextafter(self: Tensor, other: Tensor): Tensor {
  if (ID_nextafter < 0) ID_nextafter = resolve("aten::nextafter", "");
  try { return wrap(op(ID_nextafter, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_nextafter_ = -1;
/** `aten::nextafter_(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function nextafter_(self: Tensor, other: Tensor): Tensor {
  if (ID_nextafter_ < 0) ID_nextafter_ = resolve("aten::nextafter_", "");
  try { return wrap(op(ID_nextafter_, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_nll_loss = -1;
/** `aten::nll_loss(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor` */
export function nll_loss(self: Tensor, target: Tensor, weight?: Tensor | null, reduction?: number, ignore_index?: number): Tensor {
  if (ID_nll_loss < 0) ID_nll_loss = resolve("aten::nll_loss", "");
  try { return wrap(op(ID_nll_loss, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index)); } catch (e) { throw fail(e, ["*self","*target","*weight","reduction","ignore_index"], [self, target, weight, reduction, ignore_index]); }
}

let ID_nll_loss2d = -1;
/** `aten::nll_loss2d(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor` */
export function nll_loss2d(self: Tensor, target: Tensor, weight?: Tensor | null, reduction?: number, ignore_index?: number): Tensor {
  if (ID_nll_loss2d < 0) ID_nll_loss2d = resolve("aten::nll_loss2d", "");
  try { return wrap(op(ID_nll_loss2d, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index)); } catch (e) { throw fail(e, ["*self","*target","*weight","reduction","ignore_index"], [self, target, weight, reduction, ignore_index]); }
}

let ID_nll_loss2d_backward = -1;
/** `aten::nll_loss2d_backward(Tensor grad_output, Tensor self, Tensor target, Tensor? weight, int reduction, int ignore_index, Tensor total_weight) -> Tensor` */
export function nll_loss2d_backward(grad_output: Tensor, self: Tensor, target: Tensor, weight: Tensor | null | undefined, reduction: number, ignore_index: number, total_weight: Tensor): Tensor {
  if (ID_nll_loss2d_backward < 0) ID_nll_loss2d_backward = resolve("aten::nll_loss2d_backward", "");
  try { return wrap(op(ID_nll_loss2d_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index, th(total_weight, "total_weight"))); } catch (e) { throw fail(e, ["*grad_output","*self","*target","*weight","reduction","ignore_index","*total_weight"], [grad_output, self, target, weight, reduction, ignore_index, total_weight]); }
}

let ID_nll_loss2d_forward = -1;
/** `aten::nll_loss2d_forward(Tensor self, Tensor target, Tensor? weight, int reduction, int ignore_index) -> (Tensor output, Tensor total_weight)` */
export function nll_loss2d_forward(self: Tensor, target: Tensor, weight: Tensor | null | undefined, reduction: number, ignore_index: number): [Tensor, Tensor] {
  if (ID_nll_loss2d_forward < 0) ID_nll_loss2d_forward = resolve("aten::nll_loss2d_forward", "");
  let r: unknown[];
  try { r = op(ID_nll_loss2d_forward, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index) as unknown[]; } catch (e) { throw fail(e, ["*self","*target","*weight","reduction","ignore_index"], [self, target, weight, reduction, ignore_index]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_nll_loss_backward = -1;
/** `aten::nll_loss_backward(Tensor grad_output, Tensor self, Tensor target, Tensor? weight, int reduction, int ignore_index, Tensor total_weight) -> Tensor` */
export function nll_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, weight: Tensor | null | undefined, reduction: number, ignore_index: number, total_weight: Tensor): Tensor {
  if (ID_nll_loss_backward < 0) ID_nll_loss_backward = resolve("aten::nll_loss_backward", "");
  try { return wrap(op(ID_nll_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index, th(total_weight, "total_weight"))); } catch (e) { throw fail(e, ["*grad_output","*self","*target","*weight","reduction","ignore_index","*total_weight"], [grad_output, self, target, weight, reduction, ignore_index, total_weight]); }
}

let ID_nll_loss_forward = -1;
/** `aten::nll_loss_forward(Tensor self, Tensor target, Tensor? weight, int reduction, int ignore_index) -> (Tensor output, Tensor total_weight)` */
export function nll_loss_forward(self: Tensor, target: Tensor, weight: Tensor | null | undefined, reduction: number, ignore_index: number): [Tensor, Tensor] {
  if (ID_nll_loss_forward < 0) ID_nll_loss_forward = resolve("aten::nll_loss_forward", "");
  let r: unknown[];
  try { r = op(ID_nll_loss_forward, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index) as unknown[]; } catch (e) { throw fail(e, ["*self","*target","*weight","reduction","ignore_index"], [self, target, weight, reduction, ignore_index]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_nll_loss_nd = -1;
/** `aten::nll_loss_nd(Tensor self, Tensor target, Tensor? weight=None, int reduction=1, int ignore_index=-100) -> Tensor` */
export function nll_loss_nd(self: Tensor, target: Tensor, weight?: Tensor | null, reduction?: number, ignore_index?: number): Tensor {
  if (ID_nll_loss_nd < 0) ID_nll_loss_nd = resolve("aten::nll_loss_nd", "");
  try { return wrap(op(ID_nll_loss_nd, th(self, "self"), th(target, "target"), oth(weight, "weight"), reduction, ignore_index)); } catch (e) { throw fail(e, ["*self","*target","*weight","reduction","ignore_index"], [self, target, weight, reduction, ignore_index]); }
}

let ID_nonzero = -1;
/** `aten::nonzero(Tensor self) -> Tensor` */
export function nonzero(self: Tensor): Tensor {
  if (ID_nonzero < 0) ID_nonzero = resolve("aten::nonzero", "");
  try { return wrap(op(ID_nonzero, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_nonzero_numpy = -1;
/** `aten::nonzero_numpy(Tensor self) -> Tensor[]` */
export function nonzero_numpy(self: Tensor): Tensor[] {
  if (ID_nonzero_numpy < 0) ID_nonzero_numpy = resolve("aten::nonzero_numpy", "");
  try { return wrapList(op(ID_nonzero_numpy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_norm_Scalar = -1;
/** `aten::norm.Scalar(Tensor self, Scalar p=2) -> Tensor` */
export function norm_Scalar(self: Tensor, p?: Scalar): Tensor {
  if (ID_norm_Scalar < 0) ID_norm_Scalar = resolve("aten::norm", "Scalar");
  try { return wrap(op(ID_norm_Scalar, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_norm_ScalarOpt_dim = -1;
/** `aten::norm.ScalarOpt_dim(Tensor self, Scalar? p, int[1] dim, bool keepdim=False) -> Tensor` */
export function norm_ScalarOpt_dim(self: Tensor, p: Scalar | null | undefined, dim: number | number[], keepdim?: boolean): Tensor {
  if (ID_norm_ScalarOpt_dim < 0) ID_norm_ScalarOpt_dim = resolve("aten::norm", "ScalarOpt_dim");
  try { return wrap(op(ID_norm_ScalarOpt_dim, th(self, "self"), p, dim, keepdim)); } catch (e) { throw fail(e, ["*self","p","dim","keepdim"], [self, p, dim, keepdim]); }
}

let ID_norm_ScalarOpt_dim_dtype = -1;
/** `aten::norm.ScalarOpt_dim_dtype(Tensor self, Scalar? p, int[1] dim, bool keepdim, *, ScalarType dtype) -> Tensor` */
export function norm_ScalarOpt_dim_dtype(self: Tensor, p: Scalar | null | undefined, dim: number | number[], keepdim: boolean, dtype: DType): Tensor {
  if (ID_norm_ScalarOpt_dim_dtype < 0) ID_norm_ScalarOpt_dim_dtype = resolve("aten::norm", "ScalarOpt_dim_dtype");
  try { return wrap(op(ID_norm_ScalarOpt_dim_dtype, th(self, "self"), p, dim, keepdim, dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","p","dim","keepdim","dtype"], [self, p, dim, keepdim, dtype]); }
}

let ID_norm_ScalarOpt_dtype = -1;
/** `aten::norm.ScalarOpt_dtype(Tensor self, Scalar? p, *, ScalarType dtype) -> Tensor` */
export function norm_ScalarOpt_dtype(self: Tensor, p: Scalar | null | undefined, dtype: DType): Tensor {
  if (ID_norm_ScalarOpt_dtype < 0) ID_norm_ScalarOpt_dtype = resolve("aten::norm", "ScalarOpt_dtype");
  try { return wrap(op(ID_norm_ScalarOpt_dtype, th(self, "self"), p, dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","p","dtype"], [self, p, dtype]); }
}

let ID_norm_except_dim = -1;
/** `aten::norm_except_dim(Tensor v, int pow=2, int dim=0) -> Tensor` */
export function norm_except_dim(v: Tensor, pow?: number, dim?: number): Tensor {
  if (ID_norm_except_dim < 0) ID_norm_except_dim = resolve("aten::norm_except_dim", "");
  try { return wrap(op(ID_norm_except_dim, th(v, "v"), pow, dim)); } catch (e) { throw fail(e, ["*v","pow","dim"], [v, pow, dim]); }
}

let ID_normal_Tensor_Tensor = -1;
/** `aten::normal.Tensor_Tensor(Tensor mean, Tensor std, *, Generator? generator=None) -> Tensor` */
export function normal_Tensor_Tensor(mean: Tensor, std: Tensor): Tensor {
  if (ID_normal_Tensor_Tensor < 0) ID_normal_Tensor_Tensor = resolve("aten::normal", "Tensor_Tensor");
  try { return wrap(op(ID_normal_Tensor_Tensor, th(mean, "mean"), th(std, "std"), undefined)); } catch (e) { throw fail(e, ["*mean","*std","generator"], [mean, std, undefined]); }
}

let ID_normal_Tensor_float = -1;
/** `aten::normal.Tensor_float(Tensor mean, float std=1., *, Generator? generator=None) -> Tensor` */
export function normal_Tensor_float(mean: Tensor, std?: number): Tensor {
  if (ID_normal_Tensor_float < 0) ID_normal_Tensor_float = resolve("aten::normal", "Tensor_float");
  try { return wrap(op(ID_normal_Tensor_float, th(mean, "mean"), std, undefined)); } catch (e) { throw fail(e, ["*mean","std","generator"], [mean, std, undefined]); }
}

let ID_normal_float_Tensor = -1;
/** `aten::normal.float_Tensor(float mean, Tensor std, *, Generator? generator=None) -> Tensor` */
export function normal_float_Tensor(mean: number, std: Tensor): Tensor {
  if (ID_normal_float_Tensor < 0) ID_normal_float_Tensor = resolve("aten::normal", "float_Tensor");
  try { return wrap(op(ID_normal_float_Tensor, mean, th(std, "std"), undefined)); } catch (e) { throw fail(e, ["mean","*std","generator"], [mean, std, undefined]); }
}

let ID_normal_float_float = -1;
/** `aten::normal.float_float(float mean, float std, int[] size, *, Generator? generator=None, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function normal_float_float(mean: number, std: number, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_normal_float_float < 0) ID_normal_float_float = resolve("aten::normal", "float_float");
  try { return wrap(op(ID_normal_float_float, mean, std, size, undefined, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["mean","std","size","generator","dtype","layout","device","pin_memory"], [mean, std, size, undefined, dtype, layout, device, pin_memory]); }
}

let ID_normal_ = -1;
/** `aten::normal_(Tensor(a!) self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor(a!)` */
export function normal_(self: Tensor, mean?: number, std?: number): Tensor {
  if (ID_normal_ < 0) ID_normal_ = resolve("aten::normal_", "");
  try { return wrap(op(ID_normal_, th(self, "self"), mean, std, undefined)); } catch (e) { throw fail(e, ["*self","mean","std","generator"], [self, mean, std, undefined]); }
}

let ID_normal_functional = -1;
/** `aten::normal_functional(Tensor self, float mean=0., float std=1., *, Generator? generator=None) -> Tensor` */
export function normal_functional(self: Tensor, mean?: number, std?: number): Tensor {
  if (ID_normal_functional < 0) ID_normal_functional = resolve("aten::normal_functional", "");
  try { return wrap(op(ID_normal_functional, th(self, "self"), mean, std, undefined)); } catch (e) { throw fail(e, ["*self","mean","std","generator"], [self, mean, std, undefined]); }
}

let ID_not_equal_Scalar = -1;
/** `aten::not_equal.Scalar(Tensor self, Scalar other) -> Tensor` */
export function not_equal_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_not_equal_Scalar < 0) ID_not_equal_Scalar = resolve("aten::not_equal", "Scalar");
  try { return wrap(op(ID_not_equal_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_not_equal_Tensor = -1;
/** `aten::not_equal.Tensor(Tensor self, Tensor other) -> Tensor` */
export function not_equal_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_not_equal_Tensor < 0) ID_not_equal_Tensor = resolve("aten::not_equal", "Tensor");
  try { return wrap(op(ID_not_equal_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_not_equal__Scalar = -1;
/** `aten::not_equal_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function not_equal__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_not_equal__Scalar < 0) ID_not_equal__Scalar = resolve("aten::not_equal_", "Scalar");
  try { return wrap(op(ID_not_equal__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_not_equal__Tensor = -1;
/** `aten::not_equal_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function not_equal__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_not_equal__Tensor < 0) ID_not_equal__Tensor = resolve("aten::not_equal_", "Tensor");
  try { return wrap(op(ID_not_equal__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_nuclear_norm = -1;
/** `aten::nuclear_norm(Tensor self, bool keepdim=False) -> Tensor` */
export function nuclear_norm(self: Tensor, keepdim?: boolean): Tensor {
  if (ID_nuclear_norm < 0) ID_nuclear_norm = resolve("aten::nuclear_norm", "");
  try { return wrap(op(ID_nuclear_norm, th(self, "self"), keepdim)); } catch (e) { throw fail(e, ["*self","keepdim"], [self, keepdim]); }
}

let ID_nuclear_norm_dim = -1;
/** `aten::nuclear_norm.dim(Tensor self, int[2] dim, bool keepdim=False) -> Tensor` */
export function nuclear_norm_dim(self: Tensor, dim: number | number[], keepdim?: boolean): Tensor {
  if (ID_nuclear_norm_dim < 0) ID_nuclear_norm_dim = resolve("aten::nuclear_norm", "dim");
  try { return wrap(op(ID_nuclear_norm_dim, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_numpy_T = -1;
/** `aten::numpy_T(Tensor(a) self) -> Tensor(a)` */
export function numpy_T(self: Tensor): Tensor {
  if (ID_numpy_T < 0) ID_numpy_T = resolve("aten::numpy_T", "");
  try { return wrap(op(ID_numpy_T, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_one_hot = -1;
/** `aten::one_hot(Tensor self, int num_classes=-1) -> Tensor` */
export function one_hot(self: Tensor, num_classes?: number): Tensor {
  if (ID_one_hot < 0) ID_one_hot = resolve("aten::one_hot", "");
  try { return wrap(op(ID_one_hot, th(self, "self"), num_classes)); } catch (e) { throw fail(e, ["*self","num_classes"], [self, num_classes]); }
}

let ID_ones = -1;
/** `aten::ones(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function ones(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_ones < 0) ID_ones = resolve("aten::ones", "");
  try { return wrap(op(ID_ones, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory"], [size, dtype, layout, device, pin_memory]); }
}

let ID_ones_like = -1;
/** `aten::ones_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function ones_like(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_ones_like < 0) ID_ones_like = resolve("aten::ones_like", "");
  try { return wrap(op(ID_ones_like, th(self, "self"), dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","memory_format"], [self, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_orgqr = -1;
/** `aten::orgqr(Tensor self, Tensor input2) -> Tensor` */
export function orgqr(self: Tensor, input2: Tensor): Tensor {
  if (ID_orgqr < 0) ID_orgqr = resolve("aten::orgqr", "");
  try { return wrap(op(ID_orgqr, th(self, "self"), th(input2, "input2"))); } catch (e) { throw fail(e, ["*self","*input2"], [self, input2]); }
}

let ID_ormqr = -1;
/** `aten::ormqr(Tensor self, Tensor input2, Tensor input3, bool left=True, bool transpose=False) -> Tensor` */
export function ormqr(self: Tensor, input2: Tensor, input3: Tensor, left?: boolean, transpose?: boolean): Tensor {
  if (ID_ormqr < 0) ID_ormqr = resolve("aten::ormqr", "");
  try { return wrap(op(ID_ormqr, th(self, "self"), th(input2, "input2"), th(input3, "input3"), left, transpose)); } catch (e) { throw fail(e, ["*self","*input2","*input3","left","transpose"], [self, input2, input3, left, transpose]); }
}

let ID_outer = -1;
/** `aten::outer(Tensor self, Tensor vec2) -> Tensor` */
export function outer(self: Tensor, vec2: Tensor): Tensor {
  if (ID_outer < 0) ID_outer = resolve("aten::outer", "");
  try { return wrap(op(ID_outer, th(self, "self"), th(vec2, "vec2"))); } catch (e) { throw fail(e, ["*self","*vec2"], [self, vec2]); }
}

let ID_output_nr = -1;
/** `aten::output_nr(Tensor self) -> int` */
export function output_nr(self: Tensor): number {
  if (ID_output_nr < 0) ID_output_nr = resolve("aten::output_nr", "");
  try { return op(ID_output_nr, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_pad = -1;
/** `aten::pad(Tensor self, int[] pad, str mode="constant", float? value=None) -> Tensor` */
export function pad(self: Tensor, pad: number | number[], mode?: string, value?: number | null): Tensor {
  if (ID_pad < 0) ID_pad = resolve("aten::pad", "");
  try { return wrap(op(ID_pad, th(self, "self"), pad, mode, value)); } catch (e) { throw fail(e, ["*self","pad","mode","value"], [self, pad, mode, value]); }
}

let ID_pad_sequence = -1;
/** `aten::pad_sequence(Tensor[] sequences, bool batch_first=False, float padding_value=0.) -> Tensor` */
export function pad_sequence(sequences: Tensor[], batch_first?: boolean, padding_value?: number): Tensor {
  if (ID_pad_sequence < 0) ID_pad_sequence = resolve("aten::pad_sequence", "");
  try { return wrap(op(ID_pad_sequence, ths(sequences, "sequences"), batch_first, padding_value)); } catch (e) { throw fail(e, ["sequences","batch_first","padding_value"], [sequences, batch_first, padding_value]); }
}

let ID_pairwise_distance = -1;
/** `aten::pairwise_distance(Tensor x1, Tensor x2, float p=2., float eps=9.9999999999999995e-07, bool keepdim=False) -> Tensor` */
export function pairwise_distance(x1: Tensor, x2: Tensor, p?: number, eps?: number, keepdim?: boolean): Tensor {
  if (ID_pairwise_distance < 0) ID_pairwise_distance = resolve("aten::pairwise_distance", "");
  try { return wrap(op(ID_pairwise_distance, th(x1, "x1"), th(x2, "x2"), p, eps, keepdim)); } catch (e) { throw fail(e, ["*x1","*x2","p","eps","keepdim"], [x1, x2, p, eps, keepdim]); }
}

let ID_pdist = -1;
/** `aten::pdist(Tensor self, float p=2.) -> Tensor` */
export function pdist(self: Tensor, p?: number): Tensor {
  if (ID_pdist < 0) ID_pdist = resolve("aten::pdist", "");
  try { return wrap(op(ID_pdist, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_permute = -1;
/** `aten::permute(Tensor(a) self, int[] dims) -> Tensor(a)` */
export function permute(self: Tensor, dims: number | number[]): Tensor {
  if (ID_permute < 0) ID_permute = resolve("aten::permute", "");
  try { return wrap(op(ID_permute, th(self, "self"), dims)); } catch (e) { throw fail(e, ["*self","dims"], [self, dims]); }
}

let ID_permute_copy = -1;
/** `aten::permute_copy(Tensor self, int[] dims) -> Tensor` */
export function permute_copy(self: Tensor, dims: number | number[]): Tensor {
  if (ID_permute_copy < 0) ID_permute_copy = resolve("aten::permute_copy", "");
  try { return wrap(op(ID_permute_copy, th(self, "self"), dims)); } catch (e) { throw fail(e, ["*self","dims"], [self, dims]); }
}

let ID_pinverse = -1;
/** `aten::pinverse(Tensor self, float rcond=1.0000000000000001e-15) -> Tensor` */
export function pinverse(self: Tensor, rcond?: number): Tensor {
  if (ID_pinverse < 0) ID_pinverse = resolve("aten::pinverse", "");
  try { return wrap(op(ID_pinverse, th(self, "self"), rcond)); } catch (e) { throw fail(e, ["*self","rcond"], [self, rcond]); }
}

let ID_pixel_shuffle = -1;
/** `aten::pixel_shuffle(Tensor self, int upscale_factor) -> Tensor` */
export function pixel_shuffle(self: Tensor, upscale_factor: number): Tensor {
  if (ID_pixel_shuffle < 0) ID_pixel_shuffle = resolve("aten::pixel_shuffle", "");
  try { return wrap(op(ID_pixel_shuffle, th(self, "self"), upscale_factor)); } catch (e) { throw fail(e, ["*self","upscale_factor"], [self, upscale_factor]); }
}

let ID_pixel_unshuffle = -1;
/** `aten::pixel_unshuffle(Tensor self, int downscale_factor) -> Tensor` */
export function pixel_unshuffle(self: Tensor, downscale_factor: number): Tensor {
  if (ID_pixel_unshuffle < 0) ID_pixel_unshuffle = resolve("aten::pixel_unshuffle", "");
  try { return wrap(op(ID_pixel_unshuffle, th(self, "self"), downscale_factor)); } catch (e) { throw fail(e, ["*self","downscale_factor"], [self, downscale_factor]); }
}

let ID_poisson = -1;
/** `aten::poisson(Tensor self, Generator? generator=None) -> Tensor` */
export function poisson(self: Tensor): Tensor {
  if (ID_poisson < 0) ID_poisson = resolve("aten::poisson", "");
  try { return wrap(op(ID_poisson, th(self, "self"), undefined)); } catch (e) { throw fail(e, ["*self","generator"], [self, undefined]); }
}

let ID_poisson_nll_loss = -1;
/** `aten::poisson_nll_loss(Tensor input, Tensor target, bool log_input, bool full, float eps, int reduction) -> Tensor` */
export function poisson_nll_loss(input: Tensor, target: Tensor, log_input: boolean, full: boolean, eps: number, reduction: number): Tensor {
  if (ID_poisson_nll_loss < 0) ID_poisson_nll_loss = resolve("aten::poisson_nll_loss", "");
  try { return wrap(op(ID_poisson_nll_loss, th(input, "input"), th(target, "target"), log_input, full, eps, reduction)); } catch (e) { throw fail(e, ["*input","*target","log_input","full","eps","reduction"], [input, target, log_input, full, eps, reduction]); }
}

let ID_polar = -1;
/** `aten::polar(Tensor abs, Tensor angle) -> Tensor` */
export function polar(abs: Tensor, angle: Tensor): Tensor {
  if (ID_polar < 0) ID_polar = resolve("aten::polar", "");
  try { return wrap(op(ID_polar, th(abs, "abs"), th(angle, "angle"))); } catch (e) { throw fail(e, ["*abs","*angle"], [abs, angle]); }
}

let ID_polygamma = -1;
/** `aten::polygamma(int n, Tensor self) -> Tensor` */
export function polygamma(n: number, self: Tensor): Tensor {
  if (ID_polygamma < 0) ID_polygamma = resolve("aten::polygamma", "");
  try { return wrap(op(ID_polygamma, n, th(self, "self"))); } catch (e) { throw fail(e, ["n","*self"], [n, self]); }
}

let ID_polygamma_ = -1;
/** `aten::polygamma_(Tensor(a!) self, int n) -> Tensor(a!)` */
export function polygamma_(self: Tensor, n: number): Tensor {
  if (ID_polygamma_ < 0) ID_polygamma_ = resolve("aten::polygamma_", "");
  try { return wrap(op(ID_polygamma_, th(self, "self"), n)); } catch (e) { throw fail(e, ["*self","n"], [self, n]); }
}

let ID_positive = -1;
/** `aten::positive(Tensor(a) self) -> Tensor(a)` */
export function positive(self: Tensor): Tensor {
  if (ID_positive < 0) ID_positive = resolve("aten::positive", "");
  try { return wrap(op(ID_positive, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_pow_Scalar = -1;
/** `aten::pow.Scalar(Scalar self, Tensor exponent) -> Tensor` */
export function pow_Scalar(self: Scalar, exponent: Tensor): Tensor {
  if (ID_pow_Scalar < 0) ID_pow_Scalar = resolve("aten::pow", "Scalar");
  try { return wrap(op(ID_pow_Scalar, self, th(exponent, "exponent"))); } catch (e) { throw fail(e, ["self","*exponent"], [self, exponent]); }
}

let ID_pow_Tensor_Scalar = -1;
/** `aten::pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor` */
export function pow_Tensor_Scalar(self: Tensor, exponent: Scalar): Tensor {
  if (ID_pow_Tensor_Scalar < 0) ID_pow_Tensor_Scalar = resolve("aten::pow", "Tensor_Scalar");
  try { return wrap(op(ID_pow_Tensor_Scalar, th(self, "self"), exponent)); } catch (e) { throw fail(e, ["*self","exponent"], [self, exponent]); }
}

let ID_pow_Tensor_Tensor = -1;
/** `aten::pow.Tensor_Tensor(Tensor self, Tensor exponent) -> Tensor` */
export function pow_Tensor_Tensor(self: Tensor, exponent: Tensor): Tensor {
  if (ID_pow_Tensor_Tensor < 0) ID_pow_Tensor_Tensor = resolve("aten::pow", "Tensor_Tensor");
  try { return wrap(op(ID_pow_Tensor_Tensor, th(self, "self"), th(exponent, "exponent"))); } catch (e) { throw fail(e, ["*self","*exponent"], [self, exponent]); }
}

let ID_pow__Scalar = -1;
/** `aten::pow_.Scalar(Tensor(a!) self, Scalar exponent) -> Tensor(a!)` */
export function pow__Scalar(self: Tensor, exponent: Scalar): Tensor {
  if (ID_pow__Scalar < 0) ID_pow__Scalar = resolve("aten::pow_", "Scalar");
  try { return wrap(op(ID_pow__Scalar, th(self, "self"), exponent)); } catch (e) { throw fail(e, ["*self","exponent"], [self, exponent]); }
}

let ID_pow__Tensor = -1;
/** `aten::pow_.Tensor(Tensor(a!) self, Tensor exponent) -> Tensor(a!)` */
export function pow__Tensor(self: Tensor, exponent: Tensor): Tensor {
  if (ID_pow__Tensor < 0) ID_pow__Tensor = resolve("aten::pow_", "Tensor");
  try { return wrap(op(ID_pow__Tensor, th(self, "self"), th(exponent, "exponent"))); } catch (e) { throw fail(e, ["*self","*exponent"], [self, exponent]); }
}

let ID_prelu = -1;
/** `aten::prelu(Tensor self, Tensor weight) -> Tensor` */
export function prelu(self: Tensor, weight: Tensor): Tensor {
  if (ID_prelu < 0) ID_prelu = resolve("aten::prelu", "");
  try { return wrap(op(ID_prelu, th(self, "self"), th(weight, "weight"))); } catch (e) { throw fail(e, ["*self","*weight"], [self, weight]); }
}

let ID_prelu_backward = -1;
/** `aten::prelu_backward(Tensor grad_output, Tensor self, Tensor weight) -> (Tensor, Tensor)` */
export function prelu_backward(grad_output: Tensor, self: Tensor, weight: Tensor): [Tensor, Tensor] {
  if (ID_prelu_backward < 0) ID_prelu_backward = resolve("aten::prelu_backward", "");
  let r: unknown[];
  try { r = op(ID_prelu_backward, th(grad_output, "grad_output"), th(self, "self"), th(weight, "weight")) as unknown[]; } catch (e) { throw fail(e, ["*grad_output","*self","*weight"], [grad_output, self, weight]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_prod = -1;
/** `aten::prod(Tensor self, *, ScalarType? dtype=None) -> Tensor` */
export function prod(self: Tensor, dtype?: DType | null): Tensor {
  if (ID_prod < 0) ID_prod = resolve("aten::prod", "");
  try { return wrap(op(ID_prod, th(self, "self"), dt(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_prod_dim_Dimname = -1;
/** `aten::prod.dim_Dimname(Tensor self, str dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function prod_dim_Dimname(self: Tensor, dim: string, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_prod_dim_Dimname < 0) ID_prod_dim_Dimname = resolve("aten::prod", "dim_Dimname");
  try { return wrap(op(ID_prod_dim_Dimname, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID_prod_dim_int = -1;
/** `aten::prod.dim_int(Tensor self, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function prod_dim_int(self: Tensor, dim: number, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_prod_dim_int < 0) ID_prod_dim_int = resolve("aten::prod", "dim_int");
  try { return wrap(op(ID_prod_dim_int, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID_promote_types = -1;
/** `aten::promote_types(ScalarType type1, ScalarType type2) -> ScalarType` */
export function promote_types(type1: DType, type2: DType): DType {
  if (ID_promote_types < 0) ID_promote_types = resolve("aten::promote_types", "");
  try { return dtypeName(op(ID_promote_types, dtypeCode(type1), dtypeCode(type2)) as number); } catch (e) { throw fail(e, ["type1","type2"], [type1, type2]); }
}

let ID_put = -1;
/** `aten::put(Tensor self, Tensor index, Tensor source, bool accumulate=False) -> Tensor` */
export function put(self: Tensor, index: Tensor, source: Tensor, accumulate?: boolean): Tensor {
  if (ID_put < 0) ID_put = resolve("aten::put", "");
  try { return wrap(op(ID_put, th(self, "self"), th(index, "index"), th(source, "source"), accumulate)); } catch (e) { throw fail(e, ["*self","*index","*source","accumulate"], [self, index, source, accumulate]); }
}

let ID_put_ = -1;
/** `aten::put_(Tensor(a!) self, Tensor index, Tensor source, bool accumulate=False) -> Tensor(a!)` */
export function put_(self: Tensor, index: Tensor, source: Tensor, accumulate?: boolean): Tensor {
  if (ID_put_ < 0) ID_put_ = resolve("aten::put_", "");
  try { return wrap(op(ID_put_, th(self, "self"), th(index, "index"), th(source, "source"), accumulate)); } catch (e) { throw fail(e, ["*self","*index","*source","accumulate"], [self, index, source, accumulate]); }
}

let ID_q_per_channel_axis = -1;
/** `aten::q_per_channel_axis(Tensor self) -> int` */
export function q_per_channel_axis(self: Tensor): number {
  if (ID_q_per_channel_axis < 0) ID_q_per_channel_axis = resolve("aten::q_per_channel_axis", "");
  try { return op(ID_q_per_channel_axis, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_q_per_channel_scales = -1;
/** `aten::q_per_channel_scales(Tensor self) -> Tensor` */
export function q_per_channel_scales(self: Tensor): Tensor {
  if (ID_q_per_channel_scales < 0) ID_q_per_channel_scales = resolve("aten::q_per_channel_scales", "");
  try { return wrap(op(ID_q_per_channel_scales, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_q_per_channel_zero_points = -1;
/** `aten::q_per_channel_zero_points(Tensor self) -> Tensor` */
export function q_per_channel_zero_points(self: Tensor): Tensor {
  if (ID_q_per_channel_zero_points < 0) ID_q_per_channel_zero_points = resolve("aten::q_per_channel_zero_points", "");
  try { return wrap(op(ID_q_per_channel_zero_points, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_q_scale = -1;
/** `aten::q_scale(Tensor self) -> float` */
export function q_scale(self: Tensor): number {
  if (ID_q_scale < 0) ID_q_scale = resolve("aten::q_scale", "");
  try { return op(ID_q_scale, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_q_zero_point = -1;
/** `aten::q_zero_point(Tensor self) -> int` */
export function q_zero_point(self: Tensor): number {
  if (ID_q_zero_point < 0) ID_q_zero_point = resolve("aten::q_zero_point", "");
  try { return op(ID_q_zero_point, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_qr = -1;
/** `aten::qr(Tensor self, bool some=True) -> (Tensor Q, Tensor R)` */
export function qr(self: Tensor, some?: boolean): [Tensor, Tensor] {
  if (ID_qr < 0) ID_qr = resolve("aten::qr", "");
  let r: unknown[];
  try { r = op(ID_qr, th(self, "self"), some) as unknown[]; } catch (e) { throw fail(e, ["*self","some"], [self, some]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_quantile = -1;
/** `aten::quantile(Tensor self, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor` */
export function quantile(self: Tensor, q: Tensor, dim?: number | null, keepdim?: boolean, interpolation?: string): Tensor {
  if (ID_quantile < 0) ID_quantile = resolve("aten::quantile", "");
  try { return wrap(op(ID_quantile, th(self, "self"), th(q, "q"), dim, keepdim, interpolation)); } catch (e) { throw fail(e, ["*self","*q","dim","keepdim","interpolation"], [self, q, dim, keepdim, interpolation]); }
}

let ID_quantile_scalar = -1;
/** `aten::quantile.scalar(Tensor self, float q, int? dim=None, bool keepdim=False, *, str interpolation="linear") -> Tensor` */
export function quantile_scalar(self: Tensor, q: number, dim?: number | null, keepdim?: boolean, interpolation?: string): Tensor {
  if (ID_quantile_scalar < 0) ID_quantile_scalar = resolve("aten::quantile", "scalar");
  try { return wrap(op(ID_quantile_scalar, th(self, "self"), q, dim, keepdim, interpolation)); } catch (e) { throw fail(e, ["*self","q","dim","keepdim","interpolation"], [self, q, dim, keepdim, interpolation]); }
}

let ID_quantize_per_channel = -1;
/** `aten::quantize_per_channel(Tensor self, Tensor scales, Tensor zero_points, int axis, ScalarType dtype) -> Tensor` */
export function quantize_per_channel(self: Tensor, scales: Tensor, zero_points: Tensor, axis: number, dtype: DType): Tensor {
  if (ID_quantize_per_channel < 0) ID_quantize_per_channel = resolve("aten::quantize_per_channel", "");
  try { return wrap(op(ID_quantize_per_channel, th(self, "self"), th(scales, "scales"), th(zero_points, "zero_points"), axis, dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","*scales","*zero_points","axis","dtype"], [self, scales, zero_points, axis, dtype]); }
}

let ID_quantize_per_tensor = -1;
/** `aten::quantize_per_tensor(Tensor self, float scale, int zero_point, ScalarType dtype) -> Tensor` */
export function quantize_per_tensor(self: Tensor, scale: number, zero_point: number, dtype: DType): Tensor {
  if (ID_quantize_per_tensor < 0) ID_quantize_per_tensor = resolve("aten::quantize_per_tensor", "");
  try { return wrap(op(ID_quantize_per_tensor, th(self, "self"), scale, zero_point, dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","scale","zero_point","dtype"], [self, scale, zero_point, dtype]); }
}

let ID_quantize_per_tensor_tensor_qparams = -1;
/** `aten::quantize_per_tensor.tensor_qparams(Tensor self, Tensor scale, Tensor zero_point, ScalarType dtype) -> Tensor` */
export function quantize_per_tensor_tensor_qparams(self: Tensor, scale: Tensor, zero_point: Tensor, dtype: DType): Tensor {
  if (ID_quantize_per_tensor_tensor_qparams < 0) ID_quantize_per_tensor_tensor_qparams = resolve("aten::quantize_per_tensor", "tensor_qparams");
  try { return wrap(op(ID_quantize_per_tensor_tensor_qparams, th(self, "self"), th(scale, "scale"), th(zero_point, "zero_point"), dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","*scale","*zero_point","dtype"], [self, scale, zero_point, dtype]); }
}

let ID_quantize_per_tensor_tensors = -1;
/** `aten::quantize_per_tensor.tensors(Tensor[] tensors, Tensor scales, Tensor zero_points, ScalarType dtype) -> Tensor[]` */
export function quantize_per_tensor_tensors(tensors: Tensor[], scales: Tensor, zero_points: Tensor, dtype: DType): Tensor[] {
  if (ID_quantize_per_tensor_tensors < 0) ID_quantize_per_tensor_tensors = resolve("aten::quantize_per_tensor", "tensors");
  try { return wrapList(op(ID_quantize_per_tensor_tensors, ths(tensors, "tensors"), th(scales, "scales"), th(zero_points, "zero_points"), dtypeCode(dtype))); } catch (e) { throw fail(e, ["tensors","*scales","*zero_points","dtype"], [tensors, scales, zero_points, dtype]); }
}

let ID_quantize_per_tensor_dynamic = -1;
/** `aten::quantize_per_tensor_dynamic(Tensor self, ScalarType dtype, bool reduce_range) -> Tensor` */
export function quantize_per_tensor_dynamic(self: Tensor, dtype: DType, reduce_range: boolean): Tensor {
  if (ID_quantize_per_tensor_dynamic < 0) ID_quantize_per_tensor_dynamic = resolve("aten::quantize_per_tensor_dynamic", "");
  try { return wrap(op(ID_quantize_per_tensor_dynamic, th(self, "self"), dtypeCode(dtype), reduce_range)); } catch (e) { throw fail(e, ["*self","dtype","reduce_range"], [self, dtype, reduce_range]); }
}

let ID_quantized_batch_norm = -1;
/** `aten::quantized_batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor mean, Tensor var, float eps, float output_scale, int output_zero_point) -> Tensor` */
export function quantized_batch_norm(input: Tensor, weight: Tensor | null | undefined, bias: Tensor | null | undefined, mean: Tensor, var_: Tensor, eps: number, output_scale: number, output_zero_point: number): Tensor {
  if (ID_quantized_batch_norm < 0) ID_quantized_batch_norm = resolve("aten::quantized_batch_norm", "");
  try { return wrap(op(ID_quantized_batch_norm, th(input, "input"), oth(weight, "weight"), oth(bias, "bias"), th(mean, "mean"), th(var_, "var"), eps, output_scale, output_zero_point)); } catch (e) { throw fail(e, ["*input","*weight","*bias","*mean","*var","eps","output_scale","output_zero_point"], [input, weight, bias, mean, var_, eps, output_scale, output_zero_point]); }
}

let ID_quantized_gru_data_legacy = -1;
/** `aten::quantized_gru.data_legacy(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)` */
export function quantized_gru_data_legacy(data: Tensor, batch_sizes: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor] {
  if (ID_quantized_gru_data_legacy < 0) ID_quantized_gru_data_legacy = resolve("aten::quantized_gru", "data_legacy");
  let r: unknown[];
  try { r = op(ID_quantized_gru_data_legacy, th(data, "data"), th(batch_sizes, "batch_sizes"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","*hx","params","has_biases","num_layers","dropout","train","bidirectional"], [data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_quantized_gru_input_legacy = -1;
/** `aten::quantized_gru.input_legacy(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)` */
export function quantized_gru_input_legacy(input: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor] {
  if (ID_quantized_gru_input_legacy < 0) ID_quantized_gru_input_legacy = resolve("aten::quantized_gru", "input_legacy");
  let r: unknown[];
  try { r = op(ID_quantized_gru_input_legacy, th(input, "input"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","*hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_quantized_gru_cell = -1;
/** `aten::quantized_gru_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor b_ih, Tensor b_hh, Tensor packed_ih, Tensor packed_hh, Tensor col_offsets_ih, Tensor col_offsets_hh, Scalar scale_ih, Scalar scale_hh, Scalar zero_point_ih, Scalar zero_point_hh) -> Tensor` */
export function quantized_gru_cell(input: Tensor, hx: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih: Tensor, b_hh: Tensor, packed_ih: Tensor, packed_hh: Tensor, col_offsets_ih: Tensor, col_offsets_hh: Tensor, scale_ih: Scalar, scale_hh: Scalar, zero_point_ih: Scalar, zero_point_hh: Scalar): Tensor {
  if (ID_quantized_gru_cell < 0) ID_quantized_gru_cell = resolve("aten::quantized_gru_cell", "");
  try { return wrap(op(ID_quantized_gru_cell, th(input, "input"), th(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), th(b_ih, "b_ih"), th(b_hh, "b_hh"), th(packed_ih, "packed_ih"), th(packed_hh, "packed_hh"), th(col_offsets_ih, "col_offsets_ih"), th(col_offsets_hh, "col_offsets_hh"), scale_ih, scale_hh, zero_point_ih, zero_point_hh)); } catch (e) { throw fail(e, ["*input","*hx","*w_ih","*w_hh","*b_ih","*b_hh","*packed_ih","*packed_hh","*col_offsets_ih","*col_offsets_hh","scale_ih","scale_hh","zero_point_ih","zero_point_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh, packed_ih, packed_hh, col_offsets_ih, col_offsets_hh, scale_ih, scale_hh, zero_point_ih, zero_point_hh]); }
}

let ID_quantized_lstm_data_legacy = -1;
/** `aten::quantized_lstm.data_legacy(Tensor data, Tensor batch_sizes, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, *, ScalarType? dtype=None, bool use_dynamic=False) -> (Tensor, Tensor, Tensor)` */
export function quantized_lstm_data_legacy(data: Tensor, batch_sizes: Tensor, hx: Tensor[], params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, dtype?: DType | null, use_dynamic?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_quantized_lstm_data_legacy < 0) ID_quantized_lstm_data_legacy = resolve("aten::quantized_lstm", "data_legacy");
  let r: unknown[];
  try { r = op(ID_quantized_lstm_data_legacy, th(data, "data"), th(batch_sizes, "batch_sizes"), ths(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, dt(dtype), use_dynamic) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","hx","params","has_biases","num_layers","dropout","train","bidirectional","dtype","use_dynamic"], [data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional, dtype, use_dynamic]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_quantized_lstm_input_legacy = -1;
/** `aten::quantized_lstm.input_legacy(Tensor input, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first, *, ScalarType? dtype=None, bool use_dynamic=False) -> (Tensor, Tensor, Tensor)` */
export function quantized_lstm_input_legacy(input: Tensor, hx: Tensor[], params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean, dtype?: DType | null, use_dynamic?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_quantized_lstm_input_legacy < 0) ID_quantized_lstm_input_legacy = resolve("aten::quantized_lstm", "input_legacy");
  let r: unknown[];
  try { r = op(ID_quantized_lstm_input_legacy, th(input, "input"), ths(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first, dt(dtype), use_dynamic) as unknown[]; } catch (e) { throw fail(e, ["*input","hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first","dtype","use_dynamic"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first, dtype, use_dynamic]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_quantized_lstm_cell = -1;
/** `aten::quantized_lstm_cell(Tensor input, Tensor[] hx, Tensor w_ih, Tensor w_hh, Tensor b_ih, Tensor b_hh, Tensor packed_ih, Tensor packed_hh, Tensor col_offsets_ih, Tensor col_offsets_hh, Scalar scale_ih, Scalar scale_hh, Scalar zero_point_ih, Scalar zero_point_hh) -> (Tensor, Tensor)` */
export function quantized_lstm_cell(input: Tensor, hx: Tensor[], w_ih: Tensor, w_hh: Tensor, b_ih: Tensor, b_hh: Tensor, packed_ih: Tensor, packed_hh: Tensor, col_offsets_ih: Tensor, col_offsets_hh: Tensor, scale_ih: Scalar, scale_hh: Scalar, zero_point_ih: Scalar, zero_point_hh: Scalar): [Tensor, Tensor] {
  if (ID_quantized_lstm_cell < 0) ID_quantized_lstm_cell = resolve("aten::quantized_lstm_cell", "");
  let r: unknown[];
  try { r = op(ID_quantized_lstm_cell, th(input, "input"), ths(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), th(b_ih, "b_ih"), th(b_hh, "b_hh"), th(packed_ih, "packed_ih"), th(packed_hh, "packed_hh"), th(col_offsets_ih, "col_offsets_ih"), th(col_offsets_hh, "col_offsets_hh"), scale_ih, scale_hh, zero_point_ih, zero_point_hh) as unknown[]; } catch (e) { throw fail(e, ["*input","hx","*w_ih","*w_hh","*b_ih","*b_hh","*packed_ih","*packed_hh","*col_offsets_ih","*col_offsets_hh","scale_ih","scale_hh","zero_point_ih","zero_point_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh, packed_ih, packed_hh, col_offsets_ih, col_offsets_hh, scale_ih, scale_hh, zero_point_ih, zero_point_hh]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_quantized_max_pool1d = -1;
/** `aten::quantized_max_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=[0], int[1] dilation=[1], bool ceil_mode=False) -> Tensor` */
export function quantized_max_pool1d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_quantized_max_pool1d < 0) ID_quantized_max_pool1d = resolve("aten::quantized_max_pool1d", "");
  try { return wrap(op(ID_quantized_max_pool1d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_quantized_max_pool2d = -1;
/** `aten::quantized_max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor` */
export function quantized_max_pool2d(self: Tensor, kernel_size: number | number[], stride?: number | number[], padding?: number | number[], dilation?: number | number[], ceil_mode?: boolean): Tensor {
  if (ID_quantized_max_pool2d < 0) ID_quantized_max_pool2d = resolve("aten::quantized_max_pool2d", "");
  try { return wrap(op(ID_quantized_max_pool2d, th(self, "self"), kernel_size, stride, padding, dilation, ceil_mode)); } catch (e) { throw fail(e, ["*self","kernel_size","stride","padding","dilation","ceil_mode"], [self, kernel_size, stride, padding, dilation, ceil_mode]); }
}

let ID_quantized_rnn_relu_cell = -1;
/** `aten::quantized_rnn_relu_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor b_ih, Tensor b_hh, Tensor packed_ih, Tensor packed_hh, Tensor col_offsets_ih, Tensor col_offsets_hh, Scalar scale_ih, Scalar scale_hh, Scalar zero_point_ih, Scalar zero_point_hh) -> Tensor` */
export function quantized_rnn_relu_cell(input: Tensor, hx: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih: Tensor, b_hh: Tensor, packed_ih: Tensor, packed_hh: Tensor, col_offsets_ih: Tensor, col_offsets_hh: Tensor, scale_ih: Scalar, scale_hh: Scalar, zero_point_ih: Scalar, zero_point_hh: Scalar): Tensor {
  if (ID_quantized_rnn_relu_cell < 0) ID_quantized_rnn_relu_cell = resolve("aten::quantized_rnn_relu_cell", "");
  try { return wrap(op(ID_quantized_rnn_relu_cell, th(input, "input"), th(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), th(b_ih, "b_ih"), th(b_hh, "b_hh"), th(packed_ih, "packed_ih"), th(packed_hh, "packed_hh"), th(col_offsets_ih, "col_offsets_ih"), th(col_offsets_hh, "col_offsets_hh"), scale_ih, scale_hh, zero_point_ih, zero_point_hh)); } catch (e) { throw fail(e, ["*input","*hx","*w_ih","*w_hh","*b_ih","*b_hh","*packed_ih","*packed_hh","*col_offsets_ih","*col_offsets_hh","scale_ih","scale_hh","zero_point_ih","zero_point_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh, packed_ih, packed_hh, col_offsets_ih, col_offsets_hh, scale_ih, scale_hh, zero_point_ih, zero_point_hh]); }
}

let ID_quantized_rnn_tanh_cell = -1;
/** `aten::quantized_rnn_tanh_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor b_ih, Tensor b_hh, Tensor packed_ih, Tensor packed_hh, Tensor col_offsets_ih, Tensor col_offsets_hh, Scalar scale_ih, Scalar scale_hh, Scalar zero_point_ih, Scalar zero_point_hh) -> Tensor` */
export function quantized_rnn_tanh_cell(input: Tensor, hx: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih: Tensor, b_hh: Tensor, packed_ih: Tensor, packed_hh: Tensor, col_offsets_ih: Tensor, col_offsets_hh: Tensor, scale_ih: Scalar, scale_hh: Scalar, zero_point_ih: Scalar, zero_point_hh: Scalar): Tensor {
  if (ID_quantized_rnn_tanh_cell < 0) ID_quantized_rnn_tanh_cell = resolve("aten::quantized_rnn_tanh_cell", "");
  try { return wrap(op(ID_quantized_rnn_tanh_cell, th(input, "input"), th(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), th(b_ih, "b_ih"), th(b_hh, "b_hh"), th(packed_ih, "packed_ih"), th(packed_hh, "packed_hh"), th(col_offsets_ih, "col_offsets_ih"), th(col_offsets_hh, "col_offsets_hh"), scale_ih, scale_hh, zero_point_ih, zero_point_hh)); } catch (e) { throw fail(e, ["*input","*hx","*w_ih","*w_hh","*b_ih","*b_hh","*packed_ih","*packed_hh","*col_offsets_ih","*col_offsets_hh","scale_ih","scale_hh","zero_point_ih","zero_point_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh, packed_ih, packed_hh, col_offsets_ih, col_offsets_hh, scale_ih, scale_hh, zero_point_ih, zero_point_hh]); }
}

let ID_rad2deg = -1;
/** `aten::rad2deg(Tensor self) -> Tensor` */
export function rad2deg(self: Tensor): Tensor {
  if (ID_rad2deg < 0) ID_rad2deg = resolve("aten::rad2deg", "");
  try { return wrap(op(ID_rad2deg, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_rad2deg_ = -1;
/** `aten::rad2deg_(Tensor(a!) self) -> Tensor(a!)` */
export function rad2deg_(self: Tensor): Tensor {
  if (ID_rad2deg_ < 0) ID_rad2deg_ = resolve("aten::rad2deg_", "");
  try { return wrap(op(ID_rad2deg_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_rand = -1;
/** `aten::rand(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function rand(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_rand < 0) ID_rand = resolve("aten::rand", "");
  try { return wrap(op(ID_rand, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory"], [size, dtype, layout, device, pin_memory]); }
}

let ID_rand_generator = -1;
/** `aten::rand.generator(int[] size, *, Generator? generator, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function rand_generator(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_rand_generator < 0) ID_rand_generator = resolve("aten::rand", "generator");
  try { return wrap(op(ID_rand_generator, size, undefined, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","generator","dtype","layout","device","pin_memory"], [size, undefined, dtype, layout, device, pin_memory]); }
}

let ID_rand_like = -1;
/** `aten::rand_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function rand_like(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_rand_like < 0) ID_rand_like = resolve("aten::rand_like", "");
  try { return wrap(op(ID_rand_like, th(self, "self"), dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","memory_format"], [self, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_randint = -1;
/** `aten::randint(int high, int[] size, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randint(high: number, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randint < 0) ID_randint = resolve("aten::randint", "");
  try { return wrap(op(ID_randint, high, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["high","size","dtype","layout","device","pin_memory"], [high, size, dtype, layout, device, pin_memory]); }
}

let ID_randint_generator = -1;
/** `aten::randint.generator(int high, int[] size, *, Generator? generator, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randint_generator(high: number, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randint_generator < 0) ID_randint_generator = resolve("aten::randint", "generator");
  try { return wrap(op(ID_randint_generator, high, size, undefined, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["high","size","generator","dtype","layout","device","pin_memory"], [high, size, undefined, dtype, layout, device, pin_memory]); }
}

let ID_randint_low = -1;
/** `aten::randint.low(int low, int high, int[] size, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randint_low(low: number, high: number, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randint_low < 0) ID_randint_low = resolve("aten::randint", "low");
  try { return wrap(op(ID_randint_low, low, high, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["low","high","size","dtype","layout","device","pin_memory"], [low, high, size, dtype, layout, device, pin_memory]); }
}

let ID_randint_low_generator = -1;
/** `aten::randint.low_generator(int low, int high, int[] size, *, Generator? generator, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randint_low_generator(low: number, high: number, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randint_low_generator < 0) ID_randint_low_generator = resolve("aten::randint", "low_generator");
  try { return wrap(op(ID_randint_low_generator, low, high, size, undefined, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["low","high","size","generator","dtype","layout","device","pin_memory"], [low, high, size, undefined, dtype, layout, device, pin_memory]); }
}

let ID_randint_like = -1;
/** `aten::randint_like(Tensor self, int high, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function randint_like(self: Tensor, high: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_randint_like < 0) ID_randint_like = resolve("aten::randint_like", "");
  try { return wrap(op(ID_randint_like, th(self, "self"), high, dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","high","dtype","layout","device","pin_memory","memory_format"], [self, high, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_randint_like_low_dtype = -1;
/** `aten::randint_like.low_dtype(Tensor self, int low, int high, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function randint_like_low_dtype(self: Tensor, low: number, high: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_randint_like_low_dtype < 0) ID_randint_like_low_dtype = resolve("aten::randint_like", "low_dtype");
  try { return wrap(op(ID_randint_like_low_dtype, th(self, "self"), low, high, dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","low","high","dtype","layout","device","pin_memory","memory_format"], [self, low, high, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_randn = -1;
/** `aten::randn(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randn(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randn < 0) ID_randn = resolve("aten::randn", "");
  try { return wrap(op(ID_randn, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory"], [size, dtype, layout, device, pin_memory]); }
}

let ID_randn_generator = -1;
/** `aten::randn.generator(int[] size, *, Generator? generator, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randn_generator(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randn_generator < 0) ID_randn_generator = resolve("aten::randn", "generator");
  try { return wrap(op(ID_randn_generator, size, undefined, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","generator","dtype","layout","device","pin_memory"], [size, undefined, dtype, layout, device, pin_memory]); }
}

let ID_randn_like = -1;
/** `aten::randn_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function randn_like(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_randn_like < 0) ID_randn_like = resolve("aten::randn_like", "");
  try { return wrap(op(ID_randn_like, th(self, "self"), dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","memory_format"], [self, dtype, layout, device, pin_memory, memory_format]); }
}

let ID_random = -1;
/** `aten::random(Tensor self, *, Generator? generator=None) -> Tensor` */
export function random(self: Tensor): Tensor {
  if (ID_random < 0) ID_random = resolve("aten::random", "");
  try { return wrap(op(ID_random, th(self, "self"), undefined)); } catch (e) { throw fail(e, ["*self","generator"], [self, undefined]); }
}

let ID_random_from = -1;
/** `aten::random.from(Tensor self, int from, int? to, *, Generator? generator=None) -> Tensor` */
export function random_from(self: Tensor, from: number, to?: number | null): Tensor {
  if (ID_random_from < 0) ID_random_from = resolve("aten::random", "from");
  try { return wrap(op(ID_random_from, th(self, "self"), from, to, undefined)); } catch (e) { throw fail(e, ["*self","from","to","generator"], [self, from, to, undefined]); }
}

let ID_random_to = -1;
/** `aten::random.to(Tensor self, int to, *, Generator? generator=None) -> Tensor` */
export function random_to(self: Tensor, to: number): Tensor {
  if (ID_random_to < 0) ID_random_to = resolve("aten::random", "to");
  try { return wrap(op(ID_random_to, th(self, "self"), to, undefined)); } catch (e) { throw fail(e, ["*self","to","generator"], [self, to, undefined]); }
}

let ID_random_ = -1;
/** `aten::random_(Tensor(a!) self, *, Generator? generator=None) -> Tensor(a!)` */
export function random_(self: Tensor): Tensor {
  if (ID_random_ < 0) ID_random_ = resolve("aten::random_", "");
  try { return wrap(op(ID_random_, th(self, "self"), undefined)); } catch (e) { throw fail(e, ["*self","generator"], [self, undefined]); }
}

let ID_random__from = -1;
/** `aten::random_.from(Tensor(a!) self, int from, int? to, *, Generator? generator=None) -> Tensor(a!)` */
export function random__from(self: Tensor, from: number, to?: number | null): Tensor {
  if (ID_random__from < 0) ID_random__from = resolve("aten::random_", "from");
  try { return wrap(op(ID_random__from, th(self, "self"), from, to, undefined)); } catch (e) { throw fail(e, ["*self","from","to","generator"], [self, from, to, undefined]); }
}

let ID_random__to = -1;
/** `aten::random_.to(Tensor(a!) self, int to, *, Generator? generator=None) -> Tensor(a!)` */
export function random__to(self: Tensor, to: number): Tensor {
  if (ID_random__to < 0) ID_random__to = resolve("aten::random_", "to");
  try { return wrap(op(ID_random__to, th(self, "self"), to, undefined)); } catch (e) { throw fail(e, ["*self","to","generator"], [self, to, undefined]); }
}

let ID_randperm = -1;
/** `aten::randperm(int n, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randperm(n: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randperm < 0) ID_randperm = resolve("aten::randperm", "");
  try { return wrap(op(ID_randperm, n, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["n","dtype","layout","device","pin_memory"], [n, dtype, layout, device, pin_memory]); }
}

let ID_randperm_generator = -1;
/** `aten::randperm.generator(int n, *, Generator? generator, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function randperm_generator(n: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_randperm_generator < 0) ID_randperm_generator = resolve("aten::randperm", "generator");
  try { return wrap(op(ID_randperm_generator, n, undefined, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["n","generator","dtype","layout","device","pin_memory"], [n, undefined, dtype, layout, device, pin_memory]); }
}

let ID_range = -1;
/** `aten::range(Scalar start, Scalar end, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function range(start: Scalar, end: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_range < 0) ID_range = resolve("aten::range", "");
  try { return wrap(op(ID_range, start, end, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["start","end","dtype","layout","device","pin_memory"], [start, end, dtype, layout, device, pin_memory]); }
}

let ID_range_step = -1;
/** `aten::range.step(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function range_step(start: Scalar, end: Scalar, step?: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_range_step < 0) ID_range_step = resolve("aten::range", "step");
  try { return wrap(op(ID_range_step, start, end, step, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["start","end","step","dtype","layout","device","pin_memory"], [start, end, step, dtype, layout, device, pin_memory]); }
}

let ID_ravel = -1;
/** `aten::ravel(Tensor(a) self) -> Tensor(a)` */
export function ravel(self: Tensor): Tensor {
  if (ID_ravel < 0) ID_ravel = resolve("aten::ravel", "");
  try { return wrap(op(ID_ravel, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_real = -1;
/** `aten::real(Tensor(a) self) -> Tensor(a)` */
export function real(self: Tensor): Tensor {
  if (ID_real < 0) ID_real = resolve("aten::real", "");
  try { return wrap(op(ID_real, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_reciprocal = -1;
/** `aten::reciprocal(Tensor self) -> Tensor` */
export function reciprocal(self: Tensor): Tensor {
  if (ID_reciprocal < 0) ID_reciprocal = resolve("aten::reciprocal", "");
  try { return wrap(op(ID_reciprocal, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_reciprocal_ = -1;
/** `aten::reciprocal_(Tensor(a!) self) -> Tensor(a!)` */
export function reciprocal_(self: Tensor): Tensor {
  if (ID_reciprocal_ < 0) ID_reciprocal_ = resolve("aten::reciprocal_", "");
  try { return wrap(op(ID_reciprocal_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_reflection_pad1d = -1;
/** `aten::reflection_pad1d(Tensor self, int[2] padding) -> Tensor` */
export function reflection_pad1d(self: Tensor, padding: number | number[]): Tensor {
  if (ID_reflection_pad1d < 0) ID_reflection_pad1d = resolve("aten::reflection_pad1d", "");
  try { return wrap(op(ID_reflection_pad1d, th(self, "self"), padding)); } catch (e) { throw fail(e, ["*self","padding"], [self, padding]); }
}

let ID_reflection_pad1d_backward = -1;
/** `aten::reflection_pad1d_backward(Tensor grad_output, Tensor self, int[2] padding) -> Tensor` */
export function reflection_pad1d_backward(grad_output: Tensor, self: Tensor, padding: number | number[]): Tensor {
  if (ID_reflection_pad1d_backward < 0) ID_reflection_pad1d_backward = resolve("aten::reflection_pad1d_backward", "");
  try { return wrap(op(ID_reflection_pad1d_backward, th(grad_output, "grad_output"), th(self, "self"), padding)); } catch (e) { throw fail(e, ["*grad_output","*self","padding"], [grad_output, self, padding]); }
}

let ID_reflection_pad2d = -1;
/** `aten::reflection_pad2d(Tensor self, int[4] padding) -> Tensor` */
export function reflection_pad2d(self: Tensor, padding: number | number[]): Tensor {
  if (ID_reflection_pad2d < 0) ID_reflection_pad2d = resolve("aten::reflection_pad2d", "");
  try { return wrap(op(ID_reflection_pad2d, th(self, "self"), padding)); } catch (e) { throw fail(e, ["*self","padding"], [self, padding]); }
}

let ID_reflection_pad2d_backward = -1;
/** `aten::reflection_pad2d_backward(Tensor grad_output, Tensor self, int[4] padding) -> Tensor` */
export function reflection_pad2d_backward(grad_output: Tensor, self: Tensor, padding: number | number[]): Tensor {
  if (ID_reflection_pad2d_backward < 0) ID_reflection_pad2d_backward = resolve("aten::reflection_pad2d_backward", "");
  try { return wrap(op(ID_reflection_pad2d_backward, th(grad_output, "grad_output"), th(self, "self"), padding)); } catch (e) { throw fail(e, ["*grad_output","*self","padding"], [grad_output, self, padding]); }
}

let ID_reflection_pad3d = -1;
/** `aten::reflection_pad3d(Tensor self, int[6] padding) -> Tensor` */
export function reflection_pad3d(self: Tensor, padding: number | number[]): Tensor {
  if (ID_reflection_pad3d < 0) ID_reflection_pad3d = resolve("aten::reflection_pad3d", "");
  try { return wrap(op(ID_reflection_pad3d, th(self, "self"), padding)); } catch (e) { throw fail(e, ["*self","padding"], [self, padding]); }
}

let ID_reflection_pad3d_backward = -1;
/** `aten::reflection_pad3d_backward(Tensor grad_output, Tensor self, int[6] padding) -> Tensor` */
export function reflection_pad3d_backward(grad_output: Tensor, self: Tensor, padding: number | number[]): Tensor {
  if (ID_reflection_pad3d_backward < 0) ID_reflection_pad3d_backward = resolve("aten::reflection_pad3d_backward", "");
  try { return wrap(op(ID_reflection_pad3d_backward, th(grad_output, "grad_output"), th(self, "self"), padding)); } catch (e) { throw fail(e, ["*grad_output","*self","padding"], [grad_output, self, padding]); }
}

let ID_relu = -1;
/** `aten::relu(Tensor self) -> Tensor` */
export function relu(self: Tensor): Tensor {
  if (ID_relu < 0) ID_relu = resolve("aten::relu", "");
  try { return wrap(op(ID_relu, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_relu6 = -1;
/** `aten::relu6(Tensor self) -> Tensor` */
export function relu6(self: Tensor): Tensor {
  if (ID_relu6 < 0) ID_relu6 = resolve("aten::relu6", "");
  try { return wrap(op(ID_relu6, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_relu6_ = -1;
/** `aten::relu6_(Tensor(a!) self) -> Tensor(a!)` */
export function relu6_(self: Tensor): Tensor {
  if (ID_relu6_ < 0) ID_relu6_ = resolve("aten::relu6_", "");
  try { return wrap(op(ID_relu6_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_relu_ = -1;
/** `aten::relu_(Tensor(a!) self) -> Tensor(a!)` */
export function relu_(self: Tensor): Tensor {
  if (ID_relu_ < 0) ID_relu_ = resolve("aten::relu_", "");
  try { return wrap(op(ID_relu_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_remainder_Scalar = -1;
/** `aten::remainder.Scalar(Tensor self, Scalar other) -> Tensor` */
export function remainder_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_remainder_Scalar < 0) ID_remainder_Scalar = resolve("aten::remainder", "Scalar");
  try { return wrap(op(ID_remainder_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_remainder_Scalar_Tensor = -1;
/** `aten::remainder.Scalar_Tensor(Scalar self, Tensor other) -> Tensor` */
export function remainder_Scalar_Tensor(self: Scalar, other: Tensor): Tensor {
  if (ID_remainder_Scalar_Tensor < 0) ID_remainder_Scalar_Tensor = resolve("aten::remainder", "Scalar_Tensor");
  try { return wrap(op(ID_remainder_Scalar_Tensor, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_remainder_Tensor = -1;
/** `aten::remainder.Tensor(Tensor self, Tensor other) -> Tensor` */
export function remainder_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_remainder_Tensor < 0) ID_remainder_Tensor = resolve("aten::remainder", "Tensor");
  try { return wrap(op(ID_remainder_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_remainder__Scalar = -1;
/** `aten::remainder_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function remainder__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_remainder__Scalar < 0) ID_remainder__Scalar = resolve("aten::remainder_", "Scalar");
  try { return wrap(op(ID_remainder__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_remainder__Tensor = -1;
/** `aten::remainder_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function remainder__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_remainder__Tensor < 0) ID_remainder__Tensor = resolve("aten::remainder_", "Tensor");
  try { return wrap(op(ID_remainder__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_renorm = -1;
/** `aten::renorm(Tensor self, Scalar p, int dim, Scalar maxnorm) -> Tensor` */
export function renorm(self: Tensor, p: Scalar, dim: number, maxnorm: Scalar): Tensor {
  if (ID_renorm < 0) ID_renorm = resolve("aten::renorm", "");
  try { return wrap(op(ID_renorm, th(self, "self"), p, dim, maxnorm)); } catch (e) { throw fail(e, ["*self","p","dim","maxnorm"], [self, p, dim, maxnorm]); }
}

let ID_renorm_ = -1;
/** `aten::renorm_(Tensor(a!) self, Scalar p, int dim, Scalar maxnorm) -> Tensor(a!)` */
export function renorm_(self: Tensor, p: Scalar, dim: number, maxnorm: Scalar): Tensor {
  if (ID_renorm_ < 0) ID_renorm_ = resolve("aten::renorm_", "");
  try { return wrap(op(ID_renorm_, th(self, "self"), p, dim, maxnorm)); } catch (e) { throw fail(e, ["*self","p","dim","maxnorm"], [self, p, dim, maxnorm]); }
}

let ID_repeat = -1;
/** `aten::repeat(Tensor self, SymInt[] repeats) -> Tensor` */
export function repeat(self: Tensor, repeats: number | number[]): Tensor {
  if (ID_repeat < 0) ID_repeat = resolve("aten::repeat", "");
  try { return wrap(op(ID_repeat, th(self, "self"), repeats)); } catch (e) { throw fail(e, ["*self","repeats"], [self, repeats]); }
}

let ID_repeat_interleave_Tensor = -1;
/** `aten::repeat_interleave.Tensor(Tensor repeats, *, int? output_size=None) -> Tensor` */
export function repeat_interleave_Tensor(repeats: Tensor, output_size?: number | null): Tensor {
  if (ID_repeat_interleave_Tensor < 0) ID_repeat_interleave_Tensor = resolve("aten::repeat_interleave", "Tensor");
  try { return wrap(op(ID_repeat_interleave_Tensor, th(repeats, "repeats"), output_size)); } catch (e) { throw fail(e, ["*repeats","output_size"], [repeats, output_size]); }
}

let ID_repeat_interleave_self_Tensor = -1;
/** `aten::repeat_interleave.self_Tensor(Tensor self, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor` */
export function repeat_interleave_self_Tensor(self: Tensor, repeats: Tensor, dim?: number | null, output_size?: number | null): Tensor {
  if (ID_repeat_interleave_self_Tensor < 0) ID_repeat_interleave_self_Tensor = resolve("aten::repeat_interleave", "self_Tensor");
  try { return wrap(op(ID_repeat_interleave_self_Tensor, th(self, "self"), th(repeats, "repeats"), dim, output_size)); } catch (e) { throw fail(e, ["*self","*repeats","dim","output_size"], [self, repeats, dim, output_size]); }
}

let ID_repeat_interleave_self_int = -1;
/** `aten::repeat_interleave.self_int(Tensor self, int repeats, int? dim=None, *, int? output_size=None) -> Tensor` */
export function repeat_interleave_self_int(self: Tensor, repeats: number, dim?: number | null, output_size?: number | null): Tensor {
  if (ID_repeat_interleave_self_int < 0) ID_repeat_interleave_self_int = resolve("aten::repeat_interleave", "self_int");
  try { return wrap(op(ID_repeat_interleave_self_int, th(self, "self"), repeats, dim, output_size)); } catch (e) { throw fail(e, ["*self","repeats","dim","output_size"], [self, repeats, dim, output_size]); }
}

let ID_replication_pad1d = -1;
/** `aten::replication_pad1d(Tensor self, int[2] padding) -> Tensor` */
export function replication_pad1d(self: Tensor, padding: number | number[]): Tensor {
  if (ID_replication_pad1d < 0) ID_replication_pad1d = resolve("aten::replication_pad1d", "");
  try { return wrap(op(ID_replication_pad1d, th(self, "self"), padding)); } catch (e) { throw fail(e, ["*self","padding"], [self, padding]); }
}

let ID_replication_pad1d_backward = -1;
/** `aten::replication_pad1d_backward(Tensor grad_output, Tensor self, int[2] padding) -> Tensor` */
export function replication_pad1d_backward(grad_output: Tensor, self: Tensor, padding: number | number[]): Tensor {
  if (ID_replication_pad1d_backward < 0) ID_replication_pad1d_backward = resolve("aten::replication_pad1d_backward", "");
  try { return wrap(op(ID_replication_pad1d_backward, th(grad_output, "grad_output"), th(self, "self"), padding)); } catch (e) { throw fail(e, ["*grad_output","*self","padding"], [grad_output, self, padding]); }
}

let ID_replication_pad2d = -1;
/** `aten::replication_pad2d(Tensor self, int[4] padding) -> Tensor` */
export function replication_pad2d(self: Tensor, padding: number | number[]): Tensor {
  if (ID_replication_pad2d < 0) ID_replication_pad2d = resolve("aten::replication_pad2d", "");
  try { return wrap(op(ID_replication_pad2d, th(self, "self"), padding)); } catch (e) { throw fail(e, ["*self","padding"], [self, padding]); }
}

let ID_replication_pad2d_backward = -1;
/** `aten::replication_pad2d_backward(Tensor grad_output, Tensor self, int[4] padding) -> Tensor` */
export function replication_pad2d_backward(grad_output: Tensor, self: Tensor, padding: number | number[]): Tensor {
  if (ID_replication_pad2d_backward < 0) ID_replication_pad2d_backward = resolve("aten::replication_pad2d_backward", "");
  try { return wrap(op(ID_replication_pad2d_backward, th(grad_output, "grad_output"), th(self, "self"), padding)); } catch (e) { throw fail(e, ["*grad_output","*self","padding"], [grad_output, self, padding]); }
}

let ID_replication_pad3d = -1;
/** `aten::replication_pad3d(Tensor self, int[6] padding) -> Tensor` */
export function replication_pad3d(self: Tensor, padding: number | number[]): Tensor {
  if (ID_replication_pad3d < 0) ID_replication_pad3d = resolve("aten::replication_pad3d", "");
  try { return wrap(op(ID_replication_pad3d, th(self, "self"), padding)); } catch (e) { throw fail(e, ["*self","padding"], [self, padding]); }
}

let ID_replication_pad3d_backward = -1;
/** `aten::replication_pad3d_backward(Tensor grad_output, Tensor self, int[6] padding) -> Tensor` */
export function replication_pad3d_backward(grad_output: Tensor, self: Tensor, padding: number | number[]): Tensor {
  if (ID_replication_pad3d_backward < 0) ID_replication_pad3d_backward = resolve("aten::replication_pad3d_backward", "");
  try { return wrap(op(ID_replication_pad3d_backward, th(grad_output, "grad_output"), th(self, "self"), padding)); } catch (e) { throw fail(e, ["*grad_output","*self","padding"], [grad_output, self, padding]); }
}

let ID_requires_grad_ = -1;
/** `aten::requires_grad_(Tensor(a!) self, bool requires_grad=True) -> Tensor(a!)` */
export function requires_grad_(self: Tensor, requires_grad?: boolean): Tensor {
  if (ID_requires_grad_ < 0) ID_requires_grad_ = resolve("aten::requires_grad_", "");
  try { return wrap(op(ID_requires_grad_, th(self, "self"), requires_grad)); } catch (e) { throw fail(e, ["*self","requires_grad"], [self, requires_grad]); }
}

let ID_reshape = -1;
/** `aten::reshape(Tensor(a) self, SymInt[] shape) -> Tensor(a)` */
export function reshape(self: Tensor, shape: number | number[]): Tensor {
  if (ID_reshape < 0) ID_reshape = resolve("aten::reshape", "");
  try { return wrap(op(ID_reshape, th(self, "self"), shape)); } catch (e) { throw fail(e, ["*self","shape"], [self, shape]); }
}

let ID_reshape_as = -1;
/** `aten::reshape_as(Tensor(a) self, Tensor other) -> Tensor(a)` */
export function reshape_as(self: Tensor, other: Tensor): Tensor {
  if (ID_reshape_as < 0) ID_reshape_as = resolve("aten::reshape_as", "");
  try { return wrap(op(ID_reshape_as, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_resize = -1;
/** `aten::resize(Tensor self, SymInt[] size, *, MemoryFormat? memory_format=None) -> Tensor` */
export function resize(self: Tensor, size: number | number[], memory_format?: number | null): Tensor {
  if (ID_resize < 0) ID_resize = resolve("aten::resize", "");
  try { return wrap(op(ID_resize, th(self, "self"), size, memory_format)); } catch (e) { throw fail(e, ["*self","size","memory_format"], [self, size, memory_format]); }
}

let ID_resize_ = -1;
/** `aten::resize_(Tensor(a!) self, SymInt[] size, *, MemoryFormat? memory_format=None) -> Tensor(a!)` */
export function resize_(self: Tensor, size: number | number[], memory_format?: number | null): Tensor {
  if (ID_resize_ < 0) ID_resize_ = resolve("aten::resize_", "");
  try { return wrap(op(ID_resize_, th(self, "self"), size, memory_format)); } catch (e) { throw fail(e, ["*self","size","memory_format"], [self, size, memory_format]); }
}

let ID_resize_as = -1;
/** `aten::resize_as(Tensor self, Tensor the_template, *, MemoryFormat? memory_format=None) -> Tensor` */
export function resize_as(self: Tensor, the_template: Tensor, memory_format?: number | null): Tensor {
  if (ID_resize_as < 0) ID_resize_as = resolve("aten::resize_as", "");
  try { return wrap(op(ID_resize_as, th(self, "self"), th(the_template, "the_template"), memory_format)); } catch (e) { throw fail(e, ["*self","*the_template","memory_format"], [self, the_template, memory_format]); }
}

let ID_resize_as_ = -1;
/** `aten::resize_as_(Tensor(a!) self, Tensor the_template, *, MemoryFormat? memory_format=None) -> Tensor(a!)` */
export function resize_as_(self: Tensor, the_template: Tensor, memory_format?: number | null): Tensor {
  if (ID_resize_as_ < 0) ID_resize_as_ = resolve("aten::resize_as_", "");
  try { return wrap(op(ID_resize_as_, th(self, "self"), th(the_template, "the_template"), memory_format)); } catch (e) { throw fail(e, ["*self","*the_template","memory_format"], [self, the_template, memory_format]); }
}

let ID_resize_as_sparse = -1;
/** `aten::resize_as_sparse(Tensor self, Tensor the_template) -> Tensor` */
export function resize_as_sparse(self: Tensor, the_template: Tensor): Tensor {
  if (ID_resize_as_sparse < 0) ID_resize_as_sparse = resolve("aten::resize_as_sparse", "");
  try { return wrap(op(ID_resize_as_sparse, th(self, "self"), th(the_template, "the_template"))); } catch (e) { throw fail(e, ["*self","*the_template"], [self, the_template]); }
}

let ID_resize_as_sparse_ = -1;
/** `aten::resize_as_sparse_(Tensor(a!) self, Tensor the_template) -> Tensor(a!)` */
export function resize_as_sparse_(self: Tensor, the_template: Tensor): Tensor {
  if (ID_resize_as_sparse_ < 0) ID_resize_as_sparse_ = resolve("aten::resize_as_sparse_", "");
  try { return wrap(op(ID_resize_as_sparse_, th(self, "self"), th(the_template, "the_template"))); } catch (e) { throw fail(e, ["*self","*the_template"], [self, the_template]); }
}

let ID_resolve_conj = -1;
/** `aten::resolve_conj(Tensor(a) self) -> Tensor(a)` */
export function resolve_conj(self: Tensor): Tensor {
  if (ID_resolve_conj < 0) ID_resolve_conj = resolve("aten::resolve_conj", "");
  try { return wrap(op(ID_resolve_conj, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_resolve_neg = -1;
/** `aten::resolve_neg(Tensor(a) self) -> Tensor(a)` */
export function resolve_neg(self: Tensor): Tensor {
  if (ID_resolve_neg < 0) ID_resolve_neg = resolve("aten::resolve_neg", "");
  try { return wrap(op(ID_resolve_neg, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_result_type_Scalar = -1;
/** `aten::result_type.Scalar(Tensor tensor, Scalar other) -> ScalarType` */
export function result_type_Scalar(tensor: Tensor, other: Scalar): DType {
  if (ID_result_type_Scalar < 0) ID_result_type_Scalar = resolve("aten::result_type", "Scalar");
  try { return dtypeName(op(ID_result_type_Scalar, th(tensor, "tensor"), other) as number); } catch (e) { throw fail(e, ["*tensor","other"], [tensor, other]); }
}

let ID_result_type_Scalar_Scalar = -1;
/** `aten::result_type.Scalar_Scalar(Scalar scalar1, Scalar scalar2) -> ScalarType` */
export function result_type_Scalar_Scalar(scalar1: Scalar, scalar2: Scalar): DType {
  if (ID_result_type_Scalar_Scalar < 0) ID_result_type_Scalar_Scalar = resolve("aten::result_type", "Scalar_Scalar");
  try { return dtypeName(op(ID_result_type_Scalar_Scalar, scalar1, scalar2) as number); } catch (e) { throw fail(e, ["scalar1","scalar2"], [scalar1, scalar2]); }
}

let ID_result_type_Scalar_Tensor = -1;
/** `aten::result_type.Scalar_Tensor(Scalar scalar, Tensor tensor) -> ScalarType` */
export function result_type_Scalar_Tensor(scalar: Scalar, tensor: Tensor): DType {
  if (ID_result_type_Scalar_Tensor < 0) ID_result_type_Scalar_Tensor = resolve("aten::result_type", "Scalar_Tensor");
  try { return dtypeName(op(ID_result_type_Scalar_Tensor, scalar, th(tensor, "tensor")) as number); } catch (e) { throw fail(e, ["scalar","*tensor"], [scalar, tensor]); }
}

let ID_result_type_Tensor = -1;
/** `aten::result_type.Tensor(Tensor tensor, Tensor other) -> ScalarType` */
export function result_type_Tensor(tensor: Tensor, other: Tensor): DType {
  if (ID_result_type_Tensor < 0) ID_result_type_Tensor = resolve("aten::result_type", "Tensor");
  try { return dtypeName(op(ID_result_type_Tensor, th(tensor, "tensor"), th(other, "other")) as number); } catch (e) { throw fail(e, ["*tensor","*other"], [tensor, other]); }
}

let ID_retain_grad = -1;
/** `aten::retain_grad(Tensor(a!) self) -> ()` */
export function retain_grad(self: Tensor): void {
  if (ID_retain_grad < 0) ID_retain_grad = resolve("aten::retain_grad", "");
  try { op(ID_retain_grad, th(self, "self")); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_retains_grad = -1;
/** `aten::retains_grad(Tensor self) -> bool` */
export function retains_grad(self: Tensor): boolean {
  if (ID_retains_grad < 0) ID_retains_grad = resolve("aten::retains_grad", "");
  try { return op(ID_retains_grad, th(self, "self")) as boolean; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_rnn_relu_data = -1;
/** `aten::rnn_relu.data(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)` */
export function rnn_relu_data(data: Tensor, batch_sizes: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor] {
  if (ID_rnn_relu_data < 0) ID_rnn_relu_data = resolve("aten::rnn_relu", "data");
  let r: unknown[];
  try { r = op(ID_rnn_relu_data, th(data, "data"), th(batch_sizes, "batch_sizes"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","*hx","params","has_biases","num_layers","dropout","train","bidirectional"], [data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_rnn_relu_input = -1;
/** `aten::rnn_relu.input(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)` */
export function rnn_relu_input(input: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor] {
  if (ID_rnn_relu_input < 0) ID_rnn_relu_input = resolve("aten::rnn_relu", "input");
  let r: unknown[];
  try { r = op(ID_rnn_relu_input, th(input, "input"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","*hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_rnn_relu_cell = -1;
/** `aten::rnn_relu_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> Tensor` */
export function rnn_relu_cell(input: Tensor, hx: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih?: Tensor | null, b_hh?: Tensor | null): Tensor {
  if (ID_rnn_relu_cell < 0) ID_rnn_relu_cell = resolve("aten::rnn_relu_cell", "");
  try { return wrap(op(ID_rnn_relu_cell, th(input, "input"), th(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), oth(b_ih, "b_ih"), oth(b_hh, "b_hh"))); } catch (e) { throw fail(e, ["*input","*hx","*w_ih","*w_hh","*b_ih","*b_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh]); }
}

let ID_rnn_tanh_data = -1;
/** `aten::rnn_tanh.data(Tensor data, Tensor batch_sizes, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional) -> (Tensor, Tensor)` */
export function rnn_tanh_data(data: Tensor, batch_sizes: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean): [Tensor, Tensor] {
  if (ID_rnn_tanh_data < 0) ID_rnn_tanh_data = resolve("aten::rnn_tanh", "data");
  let r: unknown[];
  try { r = op(ID_rnn_tanh_data, th(data, "data"), th(batch_sizes, "batch_sizes"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional) as unknown[]; } catch (e) { throw fail(e, ["*data","*batch_sizes","*hx","params","has_biases","num_layers","dropout","train","bidirectional"], [data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_rnn_tanh_input = -1;
/** `aten::rnn_tanh.input(Tensor input, Tensor hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor, Tensor)` */
export function rnn_tanh_input(input: Tensor, hx: Tensor, params: Tensor[], has_biases: boolean, num_layers: number, dropout: number, train: boolean, bidirectional: boolean, batch_first: boolean): [Tensor, Tensor] {
  if (ID_rnn_tanh_input < 0) ID_rnn_tanh_input = resolve("aten::rnn_tanh", "input");
  let r: unknown[];
  try { r = op(ID_rnn_tanh_input, th(input, "input"), th(hx, "hx"), ths(params, "params"), has_biases, num_layers, dropout, train, bidirectional, batch_first) as unknown[]; } catch (e) { throw fail(e, ["*input","*hx","params","has_biases","num_layers","dropout","train","bidirectional","batch_first"], [input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_rnn_tanh_cell = -1;
/** `aten::rnn_tanh_cell(Tensor input, Tensor hx, Tensor w_ih, Tensor w_hh, Tensor? b_ih=None, Tensor? b_hh=None) -> Tensor` */
export function rnn_tanh_cell(input: Tensor, hx: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih?: Tensor | null, b_hh?: Tensor | null): Tensor {
  if (ID_rnn_tanh_cell < 0) ID_rnn_tanh_cell = resolve("aten::rnn_tanh_cell", "");
  try { return wrap(op(ID_rnn_tanh_cell, th(input, "input"), th(hx, "hx"), th(w_ih, "w_ih"), th(w_hh, "w_hh"), oth(b_ih, "b_ih"), oth(b_hh, "b_hh"))); } catch (e) { throw fail(e, ["*input","*hx","*w_ih","*w_hh","*b_ih","*b_hh"], [input, hx, w_ih, w_hh, b_ih, b_hh]); }
}

let ID_roll = -1;
/** `aten::roll(Tensor self, int[1] shifts, int[1] dims=[]) -> Tensor` */
export function roll(self: Tensor, shifts: number | number[], dims?: number | number[]): Tensor {
  if (ID_roll < 0) ID_roll = resolve("aten::roll", "");
  try { return wrap(op(ID_roll, th(self, "self"), shifts, dims)); } catch (e) { throw fail(e, ["*self","shifts","dims"], [self, shifts, dims]); }
}

let ID_rot90 = -1;
/** `aten::rot90(Tensor self, int k=1, int[] dims=[0, 1]) -> Tensor` */
export function rot90(self: Tensor, k?: number, dims?: number | number[]): Tensor {
  if (ID_rot90 < 0) ID_rot90 = resolve("aten::rot90", "");
  try { return wrap(op(ID_rot90, th(self, "self"), k, dims)); } catch (e) { throw fail(e, ["*self","k","dims"], [self, k, dims]); }
}

let ID_round = -1;
/** `aten::round(Tensor self) -> Tensor` */
export function round(self: Tensor): Tensor {
  if (ID_round < 0) ID_round = resolve("aten::round", "");
  try { return wrap(op(ID_round, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_round_decimals = -1;
/** `aten::round.decimals(Tensor self, *, int decimals) -> Tensor` */
export function round_decimals(self: Tensor, decimals: number): Tensor {
  if (ID_round_decimals < 0) ID_round_decimals = resolve("aten::round", "decimals");
  try { return wrap(op(ID_round_decimals, th(self, "self"), decimals)); } catch (e) { throw fail(e, ["*self","decimals"], [self, decimals]); }
}

let ID_round_ = -1;
/** `aten::round_(Tensor(a!) self) -> Tensor(a!)` */
export function round_(self: Tensor): Tensor {
  if (ID_round_ < 0) ID_round_ = resolve("aten::round_", "");
  try { return wrap(op(ID_round_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_round__decimals = -1;
/** `aten::round_.decimals(Tensor(a!) self, *, int decimals) -> Tensor(a!)` */
export function round__decimals(self: Tensor, decimals: number): Tensor {
  if (ID_round__decimals < 0) ID_round__decimals = resolve("aten::round_", "decimals");
  try { return wrap(op(ID_round__decimals, th(self, "self"), decimals)); } catch (e) { throw fail(e, ["*self","decimals"], [self, decimals]); }
}

let ID_row_indices = -1;
/** `aten::row_indices(Tensor(a) self) -> Tensor(a)` */
export function row_indices(self: Tensor): Tensor {
  if (ID_row_indices < 0) ID_row_indices = resolve("aten::row_indices", "");
  try { return wrap(op(ID_row_indices, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_row_indices_copy = -1;
/** `aten::row_indices_copy(Tensor self) -> Tensor` */
export function row_indices_copy(self: Tensor): Tensor {
  if (ID_row_indices_copy < 0) ID_row_indices_copy = resolve("aten::row_indices_copy", "");
  try { return wrap(op(ID_row_indices_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_row_stack = -1;
/** `aten::row_stack(Tensor[] tensors) -> Tensor` */
export function row_stack(tensors: Tensor[]): Tensor {
  if (ID_row_stack < 0) ID_row_stack = resolve("aten::row_stack", "");
  try { return wrap(op(ID_row_stack, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_rrelu = -1;
/** `aten::rrelu(Tensor self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor` */
export function rrelu(self: Tensor, lower?: Scalar, upper?: Scalar, training?: boolean): Tensor {
  if (ID_rrelu < 0) ID_rrelu = resolve("aten::rrelu", "");
  try { return wrap(op(ID_rrelu, th(self, "self"), lower, upper, training, undefined)); } catch (e) { throw fail(e, ["*self","lower","upper","training","generator"], [self, lower, upper, training, undefined]); }
}

let ID_rrelu_ = -1;
/** `aten::rrelu_(Tensor(a!) self, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor(a!)` */
export function rrelu_(self: Tensor, lower?: Scalar, upper?: Scalar, training?: boolean): Tensor {
  if (ID_rrelu_ < 0) ID_rrelu_ = resolve("aten::rrelu_", "");
  try { return wrap(op(ID_rrelu_, th(self, "self"), lower, upper, training, undefined)); } catch (e) { throw fail(e, ["*self","lower","upper","training","generator"], [self, lower, upper, training, undefined]); }
}

let ID_rrelu_with_noise = -1;
/** `aten::rrelu_with_noise(Tensor self, Tensor noise, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor` */
export function rrelu_with_noise(self: Tensor, noise: Tensor, lower?: Scalar, upper?: Scalar, training?: boolean): Tensor {
  if (ID_rrelu_with_noise < 0) ID_rrelu_with_noise = resolve("aten::rrelu_with_noise", "");
  try { return wrap(op(ID_rrelu_with_noise, th(self, "self"), th(noise, "noise"), lower, upper, training, undefined)); } catch (e) { throw fail(e, ["*self","*noise","lower","upper","training","generator"], [self, noise, lower, upper, training, undefined]); }
}

let ID_rrelu_with_noise_ = -1;
/** `aten::rrelu_with_noise_(Tensor(a!) self, Tensor noise, Scalar lower=0.125, Scalar upper=0.33333333333333331, bool training=False, Generator? generator=None) -> Tensor(a!)` */
export function rrelu_with_noise_(self: Tensor, noise: Tensor, lower?: Scalar, upper?: Scalar, training?: boolean): Tensor {
  if (ID_rrelu_with_noise_ < 0) ID_rrelu_with_noise_ = resolve("aten::rrelu_with_noise_", "");
  try { return wrap(op(ID_rrelu_with_noise_, th(self, "self"), th(noise, "noise"), lower, upper, training, undefined)); } catch (e) { throw fail(e, ["*self","*noise","lower","upper","training","generator"], [self, noise, lower, upper, training, undefined]); }
}

let ID_rrelu_with_noise_backward = -1;
/** `aten::rrelu_with_noise_backward(Tensor grad_output, Tensor self, Tensor noise, Scalar lower, Scalar upper, bool training, bool self_is_result) -> Tensor` */
export function rrelu_with_noise_backward(grad_output: Tensor, self: Tensor, noise: Tensor, lower: Scalar, upper: Scalar, training: boolean, self_is_result: boolean): Tensor {
  if (ID_rrelu_with_noise_backward < 0) ID_rrelu_with_noise_backward = resolve("aten::rrelu_with_noise_backward", "");
  try { return wrap(op(ID_rrelu_with_noise_backward, th(grad_output, "grad_output"), th(self, "self"), th(noise, "noise"), lower, upper, training, self_is_result)); } catch (e) { throw fail(e, ["*grad_output","*self","*noise","lower","upper","training","self_is_result"], [grad_output, self, noise, lower, upper, training, self_is_result]); }
}

let ID_rsqrt = -1;
/** `aten::rsqrt(Tensor self) -> Tensor` */
export function rsqrt(self: Tensor): Tensor {
  if (ID_rsqrt < 0) ID_rsqrt = resolve("aten::rsqrt", "");
  try { return wrap(op(ID_rsqrt, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_rsqrt_ = -1;
/** `aten::rsqrt_(Tensor(a!) self) -> Tensor(a!)` */
export function rsqrt_(self: Tensor): Tensor {
  if (ID_rsqrt_ < 0) ID_rsqrt_ = resolve("aten::rsqrt_", "");
  try { return wrap(op(ID_rsqrt_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_rsub_Scalar = -1;
/** `aten::rsub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor` */
export function rsub_Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_rsub_Scalar < 0) ID_rsub_Scalar = resolve("aten::rsub", "Scalar");
  try { return wrap(op(ID_rsub_Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_rsub_Tensor = -1;
/** `aten::rsub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` */
export function rsub_Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_rsub_Tensor < 0) ID_rsub_Tensor = resolve("aten::rsub", "Tensor");
  try { return wrap(op(ID_rsub_Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_scalar_tensor = -1;
/** `aten::scalar_tensor(Scalar s, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function scalar_tensor(s: Scalar, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_scalar_tensor < 0) ID_scalar_tensor = resolve("aten::scalar_tensor", "");
  try { return wrap(op(ID_scalar_tensor, s, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["s","dtype","layout","device","pin_memory"], [s, dtype, layout, device, pin_memory]); }
}

let ID_scatter_dimname_src = -1;
/** `aten::scatter.dimname_src(Tensor self, str dim, Tensor index, Tensor src) -> Tensor` */
export function scatter_dimname_src(self: Tensor, dim: string, index: Tensor, src: Tensor): Tensor {
  if (ID_scatter_dimname_src < 0) ID_scatter_dimname_src = resolve("aten::scatter", "dimname_src");
  try { return wrap(op(ID_scatter_dimname_src, th(self, "self"), dim, th(index, "index"), th(src, "src"))); } catch (e) { throw fail(e, ["*self","dim","*index","*src"], [self, dim, index, src]); }
}

let ID_scatter_dimname_value = -1;
/** `aten::scatter.dimname_value(Tensor self, str dim, Tensor index, Scalar value) -> Tensor` */
export function scatter_dimname_value(self: Tensor, dim: string, index: Tensor, value: Scalar): Tensor {
  if (ID_scatter_dimname_value < 0) ID_scatter_dimname_value = resolve("aten::scatter", "dimname_value");
  try { return wrap(op(ID_scatter_dimname_value, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_scatter_reduce = -1;
/** `aten::scatter.reduce(Tensor self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor` */
export function scatter_reduce(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string): Tensor {
  if (ID_scatter_reduce < 0) ID_scatter_reduce = resolve("aten::scatter", "reduce");
  try { return wrap(op(ID_scatter_reduce, th(self, "self"), dim, th(index, "index"), th(src, "src"), reduce)); } catch (e) { throw fail(e, ["*self","dim","*index","*src","reduce"], [self, dim, index, src, reduce]); }
}

let ID_scatter_src = -1;
/** `aten::scatter.src(Tensor self, int dim, Tensor index, Tensor src) -> Tensor` */
export function scatter_src(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  if (ID_scatter_src < 0) ID_scatter_src = resolve("aten::scatter", "src");
  try { return wrap(op(ID_scatter_src, th(self, "self"), dim, th(index, "index"), th(src, "src"))); } catch (e) { throw fail(e, ["*self","dim","*index","*src"], [self, dim, index, src]); }
}

let ID_scatter_value = -1;
/** `aten::scatter.value(Tensor self, int dim, Tensor index, Scalar value) -> Tensor` */
export function scatter_value(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor {
  if (ID_scatter_value < 0) ID_scatter_value = resolve("aten::scatter", "value");
  try { return wrap(op(ID_scatter_value, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_scatter_value_reduce = -1;
/** `aten::scatter.value_reduce(Tensor self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor` */
export function scatter_value_reduce(self: Tensor, dim: number, index: Tensor, value: Scalar, reduce: string): Tensor {
  if (ID_scatter_value_reduce < 0) ID_scatter_value_reduce = resolve("aten::scatter", "value_reduce");
  try { return wrap(op(ID_scatter_value_reduce, th(self, "self"), dim, th(index, "index"), value, reduce)); } catch (e) { throw fail(e, ["*self","dim","*index","value","reduce"], [self, dim, index, value, reduce]); }
}

let ID_scatter__reduce = -1;
/** `aten::scatter_.reduce(Tensor(a!) self, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor(a!)` */
export function scatter__reduce(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string): Tensor {
  if (ID_scatter__reduce < 0) ID_scatter__reduce = resolve("aten::scatter_", "reduce");
  try { return wrap(op(ID_scatter__reduce, th(self, "self"), dim, th(index, "index"), th(src, "src"), reduce)); } catch (e) { throw fail(e, ["*self","dim","*index","*src","reduce"], [self, dim, index, src, reduce]); }
}

let ID_scatter__src = -1;
/** `aten::scatter_.src(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)` */
export function scatter__src(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  if (ID_scatter__src < 0) ID_scatter__src = resolve("aten::scatter_", "src");
  try { return wrap(op(ID_scatter__src, th(self, "self"), dim, th(index, "index"), th(src, "src"))); } catch (e) { throw fail(e, ["*self","dim","*index","*src"], [self, dim, index, src]); }
}

let ID_scatter__value = -1;
/** `aten::scatter_.value(Tensor(a!) self, int dim, Tensor index, Scalar value) -> Tensor(a!)` */
export function scatter__value(self: Tensor, dim: number, index: Tensor, value: Scalar): Tensor {
  if (ID_scatter__value < 0) ID_scatter__value = resolve("aten::scatter_", "value");
  try { return wrap(op(ID_scatter__value, th(self, "self"), dim, th(index, "index"), value)); } catch (e) { throw fail(e, ["*self","dim","*index","value"], [self, dim, index, value]); }
}

let ID_scatter__value_reduce = -1;
/** `aten::scatter_.value_reduce(Tensor(a!) self, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor(a!)` */
export function scatter__value_reduce(self: Tensor, dim: number, index: Tensor, value: Scalar, reduce: string): Tensor {
  if (ID_scatter__value_reduce < 0) ID_scatter__value_reduce = resolve("aten::scatter_", "value_reduce");
  try { return wrap(op(ID_scatter__value_reduce, th(self, "self"), dim, th(index, "index"), value, reduce)); } catch (e) { throw fail(e, ["*self","dim","*index","value","reduce"], [self, dim, index, value, reduce]); }
}

let ID_scatter_add = -1;
/** `aten::scatter_add(Tensor self, int dim, Tensor index, Tensor src) -> Tensor` */
export function scatter_add(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  if (ID_scatter_add < 0) ID_scatter_add = resolve("aten::scatter_add", "");
  try { return wrap(op(ID_scatter_add, th(self, "self"), dim, th(index, "index"), th(src, "src"))); } catch (e) { throw fail(e, ["*self","dim","*index","*src"], [self, dim, index, src]); }
}

let ID_scatter_add_dimname = -1;
/** `aten::scatter_add.dimname(Tensor self, str dim, Tensor index, Tensor src) -> Tensor` */
export function scatter_add_dimname(self: Tensor, dim: string, index: Tensor, src: Tensor): Tensor {
  if (ID_scatter_add_dimname < 0) ID_scatter_add_dimname = resolve("aten::scatter_add", "dimname");
  try { return wrap(op(ID_scatter_add_dimname, th(self, "self"), dim, th(index, "index"), th(src, "src"))); } catch (e) { throw fail(e, ["*self","dim","*index","*src"], [self, dim, index, src]); }
}

let ID_scatter_add_ = -1;
/** `aten::scatter_add_(Tensor(a!) self, int dim, Tensor index, Tensor src) -> Tensor(a!)` */
export function scatter_add_(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  if (ID_scatter_add_ < 0) ID_scatter_add_ = resolve("aten::scatter_add_", "");
  try { return wrap(op(ID_scatter_add_, th(self, "self"), dim, th(index, "index"), th(src, "src"))); } catch (e) { throw fail(e, ["*self","dim","*index","*src"], [self, dim, index, src]); }
}

let ID_scatter_reduce_two = -1;
/** `aten::scatter_reduce.two(Tensor self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor` */
export function scatter_reduce_two(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, include_self?: boolean): Tensor {
  if (ID_scatter_reduce_two < 0) ID_scatter_reduce_two = resolve("aten::scatter_reduce", "two");
  try { return wrap(op(ID_scatter_reduce_two, th(self, "self"), dim, th(index, "index"), th(src, "src"), reduce, include_self)); } catch (e) { throw fail(e, ["*self","dim","*index","*src","reduce","include_self"], [self, dim, index, src, reduce, include_self]); }
}

let ID_scatter_reduce__two = -1;
/** `aten::scatter_reduce_.two(Tensor(a!) self, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor(a!)` */
export function scatter_reduce__two(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, include_self?: boolean): Tensor {
  if (ID_scatter_reduce__two < 0) ID_scatter_reduce__two = resolve("aten::scatter_reduce_", "two");
  try { return wrap(op(ID_scatter_reduce__two, th(self, "self"), dim, th(index, "index"), th(src, "src"), reduce, include_self)); } catch (e) { throw fail(e, ["*self","dim","*index","*src","reduce","include_self"], [self, dim, index, src, reduce, include_self]); }
}

let ID_searchsorted_Scalar = -1;
/** `aten::searchsorted.Scalar(Tensor sorted_sequence, Scalar self, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor` */
export function searchsorted_Scalar(sorted_sequence: Tensor, self: Scalar, out_int32?: boolean, right?: boolean, side?: string | null, sorter?: Tensor | null): Tensor {
  if (ID_searchsorted_Scalar < 0) ID_searchsorted_Scalar = resolve("aten::searchsorted", "Scalar");
  try { return wrap(op(ID_searchsorted_Scalar, th(sorted_sequence, "sorted_sequence"), self, out_int32, right, side, oth(sorter, "sorter"))); } catch (e) { throw fail(e, ["*sorted_sequence","self","out_int32","right","side","*sorter"], [sorted_sequence, self, out_int32, right, side, sorter]); }
}

let ID_searchsorted_Tensor = -1;
/** `aten::searchsorted.Tensor(Tensor sorted_sequence, Tensor self, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor` */
export function searchsorted_Tensor(sorted_sequence: Tensor, self: Tensor, out_int32?: boolean, right?: boolean, side?: string | null, sorter?: Tensor | null): Tensor {
  if (ID_searchsorted_Tensor < 0) ID_searchsorted_Tensor = resolve("aten::searchsorted", "Tensor");
  try { return wrap(op(ID_searchsorted_Tensor, th(sorted_sequence, "sorted_sequence"), th(self, "self"), out_int32, right, side, oth(sorter, "sorter"))); } catch (e) { throw fail(e, ["*sorted_sequence","*self","out_int32","right","side","*sorter"], [sorted_sequence, self, out_int32, right, side, sorter]); }
}

let ID_segment_reduce = -1;
/** `aten::segment_reduce(Tensor data, str reduce, *, Tensor? lengths=None, Tensor? indices=None, Tensor? offsets=None, int axis=0, bool unsafe=False, Scalar? initial=None) -> Tensor` */
export function segment_reduce(data: Tensor, reduce: string, lengths?: Tensor | null, indices?: Tensor | null, offsets?: Tensor | null, axis?: number, unsafe?: boolean, initial?: Scalar | null): Tensor {
  if (ID_segment_reduce < 0) ID_segment_reduce = resolve("aten::segment_reduce", "");
  try { return wrap(op(ID_segment_reduce, th(data, "data"), reduce, oth(lengths, "lengths"), oth(indices, "indices"), oth(offsets, "offsets"), axis, unsafe, initial)); } catch (e) { throw fail(e, ["*data","reduce","*lengths","*indices","*offsets","axis","unsafe","initial"], [data, reduce, lengths, indices, offsets, axis, unsafe, initial]); }
}

let ID_select_Dimname = -1;
/** `aten::select.Dimname(Tensor(a) self, str dim, int index) -> Tensor(a)` */
export function select_Dimname(self: Tensor, dim: string, index: number): Tensor {
  if (ID_select_Dimname < 0) ID_select_Dimname = resolve("aten::select", "Dimname");
  try { return wrap(op(ID_select_Dimname, th(self, "self"), dim, index)); } catch (e) { throw fail(e, ["*self","dim","index"], [self, dim, index]); }
}

let ID_select_int = -1;
/** `aten::select.int(Tensor(a) self, int dim, int index) -> Tensor(a)` */
export function select_int(self: Tensor, dim: number, index: number): Tensor {
  if (ID_select_int < 0) ID_select_int = resolve("aten::select", "int");
  try { return wrap(op(ID_select_int, th(self, "self"), dim, index)); } catch (e) { throw fail(e, ["*self","dim","index"], [self, dim, index]); }
}

let ID_select_backward = -1;
/** `aten::select_backward(Tensor grad_output, SymInt[] input_sizes, int dim, int index) -> Tensor` */
export function select_backward(grad_output: Tensor, input_sizes: number | number[], dim: number, index: number): Tensor {
  if (ID_select_backward < 0) ID_select_backward = resolve("aten::select_backward", "");
  try { return wrap(op(ID_select_backward, th(grad_output, "grad_output"), input_sizes, dim, index)); } catch (e) { throw fail(e, ["*grad_output","input_sizes","dim","index"], [grad_output, input_sizes, dim, index]); }
}

let ID_select_copy_int = -1;
/** `aten::select_copy.int(Tensor self, int dim, int index) -> Tensor` */
export function select_copy_int(self: Tensor, dim: number, index: number): Tensor {
  if (ID_select_copy_int < 0) ID_select_copy_int = resolve("aten::select_copy", "int");
  try { return wrap(op(ID_select_copy_int, th(self, "self"), dim, index)); } catch (e) { throw fail(e, ["*self","dim","index"], [self, dim, index]); }
}

let ID_select_scatter = -1;
/** `aten::select_scatter(Tensor self, Tensor src, int dim, int index) -> Tensor` */
export function select_scatter(self: Tensor, src: Tensor, dim: number, index: number): Tensor {
  if (ID_select_scatter < 0) ID_select_scatter = resolve("aten::select_scatter", "");
  try { return wrap(op(ID_select_scatter, th(self, "self"), th(src, "src"), dim, index)); } catch (e) { throw fail(e, ["*self","*src","dim","index"], [self, src, dim, index]); }
}

let ID_selu = -1;
/** `aten::selu(Tensor self) -> Tensor` */
export function selu(self: Tensor): Tensor {
  if (ID_selu < 0) ID_selu = resolve("aten::selu", "");
  try { return wrap(op(ID_selu, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_selu_ = -1;
/** `aten::selu_(Tensor(a!) self) -> Tensor(a!)` */
export function selu_(self: Tensor): Tensor {
  if (ID_selu_ < 0) ID_selu_ = resolve("aten::selu_", "");
  try { return wrap(op(ID_selu_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_set = -1;
/** `aten::set(Tensor self) -> Tensor` */
export function set(self: Tensor): Tensor {
  if (ID_set < 0) ID_set = resolve("aten::set", "");
  try { return wrap(op(ID_set, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_set_source_Tensor = -1;
/** `aten::set.source_Tensor(Tensor self, Tensor source) -> Tensor` */
export function set_source_Tensor(self: Tensor, source: Tensor): Tensor {
  if (ID_set_source_Tensor < 0) ID_set_source_Tensor = resolve("aten::set", "source_Tensor");
  try { return wrap(op(ID_set_source_Tensor, th(self, "self"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","*source"], [self, source]); }
}

let ID_set_ = -1;
/** `aten::set_(Tensor(a!) self) -> Tensor(a!)` */
export function set_(self: Tensor): Tensor {
  if (ID_set_ < 0) ID_set_ = resolve("aten::set_", "");
  try { return wrap(op(ID_set_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_set__source_Tensor = -1;
/** `aten::set_.source_Tensor(Tensor(a!) self, Tensor source) -> Tensor(a!)` */
export function set__source_Tensor(self: Tensor, source: Tensor): Tensor {
  if (ID_set__source_Tensor < 0) ID_set__source_Tensor = resolve("aten::set_", "source_Tensor");
  try { return wrap(op(ID_set__source_Tensor, th(self, "self"), th(source, "source"))); } catch (e) { throw fail(e, ["*self","*source"], [self, source]); }
}

let ID_set__source_Tensor_storage_offset = -1;
/** `aten::set_.source_Tensor_storage_offset(Tensor(a!) self, Tensor source, SymInt storage_offset, SymInt[] size, SymInt[] stride=[]) -> Tensor(a!)` */
export function set__source_Tensor_storage_offset(self: Tensor, source: Tensor, storage_offset: number, size: number | number[], stride?: number | number[]): Tensor {
  if (ID_set__source_Tensor_storage_offset < 0) ID_set__source_Tensor_storage_offset = resolve("aten::set_", "source_Tensor_storage_offset");
  try { return wrap(op(ID_set__source_Tensor_storage_offset, th(self, "self"), th(source, "source"), storage_offset, size, stride)); } catch (e) { throw fail(e, ["*self","*source","storage_offset","size","stride"], [self, source, storage_offset, size, stride]); }
}

let ID_set_data = -1;
/** `aten::set_data(Tensor(a!) self, Tensor new_data) -> ()` */
export function set_data(self: Tensor, new_data: Tensor): void {
  if (ID_set_data < 0) ID_set_data = resolve("aten::set_data", "");
  try { op(ID_set_data, th(self, "self"), th(new_data, "new_data")); } catch (e) { throw fail(e, ["*self","*new_data"], [self, new_data]); }
}

let ID_sgn = -1;
/** `aten::sgn(Tensor self) -> Tensor` */
export function sgn(self: Tensor): Tensor {
  if (ID_sgn < 0) ID_sgn = resolve("aten::sgn", "");
  try { return wrap(op(ID_sgn, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sgn_ = -1;
/** `aten::sgn_(Tensor(a!) self) -> Tensor(a!)` */
export function sgn_(self: Tensor): Tensor {
  if (ID_sgn_ < 0) ID_sgn_ = resolve("aten::sgn_", "");
  try { return wrap(op(ID_sgn_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sigmoid = -1;
/** `aten::sigmoid(Tensor self) -> Tensor` */
export function sigmoid(self: Tensor): Tensor {
  if (ID_sigmoid < 0) ID_sigmoid = resolve("aten::sigmoid", "");
  try { return wrap(op(ID_sigmoid, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sigmoid_ = -1;
/** `aten::sigmoid_(Tensor(a!) self) -> Tensor(a!)` */
export function sigmoid_(self: Tensor): Tensor {
  if (ID_sigmoid_ < 0) ID_sigmoid_ = resolve("aten::sigmoid_", "");
  try { return wrap(op(ID_sigmoid_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sigmoid_backward = -1;
/** `aten::sigmoid_backward(Tensor grad_output, Tensor output) -> Tensor` */
export function sigmoid_backward(grad_output: Tensor, output: Tensor): Tensor {
  if (ID_sigmoid_backward < 0) ID_sigmoid_backward = resolve("aten::sigmoid_backward", "");
  try { return wrap(op(ID_sigmoid_backward, th(grad_output, "grad_output"), th(output, "output"))); } catch (e) { throw fail(e, ["*grad_output","*output"], [grad_output, output]); }
}

let ID_sign = -1;
/** `aten::sign(Tensor self) -> Tensor` */
export function sign(self: Tensor): Tensor {
  if (ID_sign < 0) ID_sign = resolve("aten::sign", "");
  try { return wrap(op(ID_sign, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sign_ = -1;
/** `aten::sign_(Tensor(a!) self) -> Tensor(a!)` */
export function sign_(self: Tensor): Tensor {
  if (ID_sign_ < 0) ID_sign_ = resolve("aten::sign_", "");
  try { return wrap(op(ID_sign_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_signbit = -1;
/** `aten::signbit(Tensor self) -> Tensor` */
export function signbit(self: Tensor): Tensor {
  if (ID_signbit < 0) ID_signbit = resolve("aten::signbit", "");
  try { return wrap(op(ID_signbit, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_silu = -1;
/** `aten::silu(Tensor self) -> Tensor` */
export function silu(self: Tensor): Tensor {
  if (ID_silu < 0) ID_silu = resolve("aten::silu", "");
  try { return wrap(op(ID_silu, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_silu_ = -1;
/** `aten::silu_(Tensor(a!) self) -> Tensor(a!)` */
export function silu_(self: Tensor): Tensor {
  if (ID_silu_ < 0) ID_silu_ = resolve("aten::silu_", "");
  try { return wrap(op(ID_silu_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_silu_backward = -1;
/** `aten::silu_backward(Tensor grad_output, Tensor self) -> Tensor` */
export function silu_backward(grad_output: Tensor, self: Tensor): Tensor {
  if (ID_silu_backward < 0) ID_silu_backward = resolve("aten::silu_backward", "");
  try { return wrap(op(ID_silu_backward, th(grad_output, "grad_output"), th(self, "self"))); } catch (e) { throw fail(e, ["*grad_output","*self"], [grad_output, self]); }
}

let ID_sin = -1;
/** `aten::sin(Tensor self) -> Tensor` */
export function sin(self: Tensor): Tensor {
  if (ID_sin < 0) ID_sin = resolve("aten::sin", "");
  try { return wrap(op(ID_sin, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sin_ = -1;
/** `aten::sin_(Tensor(a!) self) -> Tensor(a!)` */
export function sin_(self: Tensor): Tensor {
  if (ID_sin_ < 0) ID_sin_ = resolve("aten::sin_", "");
  try { return wrap(op(ID_sin_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sinc = -1;
/** `aten::sinc(Tensor self) -> Tensor` */
export function sinc(self: Tensor): Tensor {
  if (ID_sinc < 0) ID_sinc = resolve("aten::sinc", "");
  try { return wrap(op(ID_sinc, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sinc_ = -1;
/** `aten::sinc_(Tensor(a!) self) -> Tensor(a!)` */
export function sinc_(self: Tensor): Tensor {
  if (ID_sinc_ < 0) ID_sinc_ = resolve("aten::sinc_", "");
  try { return wrap(op(ID_sinc_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sinh = -1;
/** `aten::sinh(Tensor self) -> Tensor` */
export function sinh(self: Tensor): Tensor {
  if (ID_sinh < 0) ID_sinh = resolve("aten::sinh", "");
  try { return wrap(op(ID_sinh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sinh_ = -1;
/** `aten::sinh_(Tensor(a!) self) -> Tensor(a!)` */
export function sinh_(self: Tensor): Tensor {
  if (ID_sinh_ < 0) ID_sinh_ = resolve("aten::sinh_", "");
  try { return wrap(op(ID_sinh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_size_Dimname = -1;
/** `aten::size.Dimname(Tensor self, str dim) -> int` */
export function size_Dimname(self: Tensor, dim: string): number {
  if (ID_size_Dimname < 0) ID_size_Dimname = resolve("aten::size", "Dimname");
  try { return op(ID_size_Dimname, th(self, "self"), dim) as number; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_size_int = -1;
/** `aten::size.int(Tensor self, int dim) -> int` */
export function size_int(self: Tensor, dim: number): number {
  if (ID_size_int < 0) ID_size_int = resolve("aten::size", "int");
  try { return op(ID_size_int, th(self, "self"), dim) as number; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_slice_Tensor = -1;
/** `aten::slice.Tensor(Tensor(a) self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor(a)` */
export function slice_Tensor(self: Tensor, dim?: number, start?: number | null, end?: number | null, step?: number): Tensor {
  if (ID_slice_Tensor < 0) ID_slice_Tensor = resolve("aten::slice", "Tensor");
  try { return wrap(op(ID_slice_Tensor, th(self, "self"), dim, start, end, step)); } catch (e) { throw fail(e, ["*self","dim","start","end","step"], [self, dim, start, end, step]); }
}

let ID_slice_backward = -1;
/** `aten::slice_backward(Tensor grad_output, SymInt[] input_sizes, int dim, SymInt start, SymInt end, SymInt step) -> Tensor` */
export function slice_backward(grad_output: Tensor, input_sizes: number | number[], dim: number, start: number, end: number, step: number): Tensor {
  if (ID_slice_backward < 0) ID_slice_backward = resolve("aten::slice_backward", "");
  try { return wrap(op(ID_slice_backward, th(grad_output, "grad_output"), input_sizes, dim, start, end, step)); } catch (e) { throw fail(e, ["*grad_output","input_sizes","dim","start","end","step"], [grad_output, input_sizes, dim, start, end, step]); }
}

let ID_slice_copy_Tensor = -1;
/** `aten::slice_copy.Tensor(Tensor self, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor` */
export function slice_copy_Tensor(self: Tensor, dim?: number, start?: number | null, end?: number | null, step?: number): Tensor {
  if (ID_slice_copy_Tensor < 0) ID_slice_copy_Tensor = resolve("aten::slice_copy", "Tensor");
  try { return wrap(op(ID_slice_copy_Tensor, th(self, "self"), dim, start, end, step)); } catch (e) { throw fail(e, ["*self","dim","start","end","step"], [self, dim, start, end, step]); }
}

let ID_slice_scatter = -1;
/** `aten::slice_scatter(Tensor self, Tensor src, int dim=0, SymInt? start=None, SymInt? end=None, SymInt step=1) -> Tensor` */
export function slice_scatter(self: Tensor, src: Tensor, dim?: number, start?: number | null, end?: number | null, step?: number): Tensor {
  if (ID_slice_scatter < 0) ID_slice_scatter = resolve("aten::slice_scatter", "");
  try { return wrap(op(ID_slice_scatter, th(self, "self"), th(src, "src"), dim, start, end, step)); } catch (e) { throw fail(e, ["*self","*src","dim","start","end","step"], [self, src, dim, start, end, step]); }
}

let ID_slogdet = -1;
/** `aten::slogdet(Tensor self) -> (Tensor sign, Tensor logabsdet)` */
export function slogdet(self: Tensor): [Tensor, Tensor] {
  if (ID_slogdet < 0) ID_slogdet = resolve("aten::slogdet", "");
  let r: unknown[];
  try { r = op(ID_slogdet, th(self, "self")) as unknown[]; } catch (e) { throw fail(e, ["*self"], [self]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_slow_conv3d = -1;
/** `aten::slow_conv3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0) -> Tensor` */
export function slow_conv3d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias?: Tensor | null, stride?: number | number[], padding?: number | number[]): Tensor {
  if (ID_slow_conv3d < 0) ID_slow_conv3d = resolve("aten::slow_conv3d", "");
  try { return wrap(op(ID_slow_conv3d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding"], [self, weight, kernel_size, bias, stride, padding]); }
}

let ID_slow_conv3d_forward = -1;
/** `aten::slow_conv3d_forward(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias, int[3] stride, int[3] padding) -> Tensor` */
export function slow_conv3d_forward(self: Tensor, weight: Tensor, kernel_size: number | number[], bias: Tensor | null | undefined, stride: number | number[], padding: number | number[]): Tensor {
  if (ID_slow_conv3d_forward < 0) ID_slow_conv3d_forward = resolve("aten::slow_conv3d_forward", "");
  try { return wrap(op(ID_slow_conv3d_forward, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding"], [self, weight, kernel_size, bias, stride, padding]); }
}

let ID_slow_conv_dilated2d = -1;
/** `aten::slow_conv_dilated2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1) -> Tensor` */
export function slow_conv_dilated2d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[]): Tensor {
  if (ID_slow_conv_dilated2d < 0) ID_slow_conv_dilated2d = resolve("aten::slow_conv_dilated2d", "");
  try { return wrap(op(ID_slow_conv_dilated2d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding, dilation)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding","dilation"], [self, weight, kernel_size, bias, stride, padding, dilation]); }
}

let ID_slow_conv_dilated3d = -1;
/** `aten::slow_conv_dilated3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] dilation=1) -> Tensor` */
export function slow_conv_dilated3d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias?: Tensor | null, stride?: number | number[], padding?: number | number[], dilation?: number | number[]): Tensor {
  if (ID_slow_conv_dilated3d < 0) ID_slow_conv_dilated3d = resolve("aten::slow_conv_dilated3d", "");
  try { return wrap(op(ID_slow_conv_dilated3d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding, dilation)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding","dilation"], [self, weight, kernel_size, bias, stride, padding, dilation]); }
}

let ID_slow_conv_transpose2d = -1;
/** `aten::slow_conv_transpose2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int[2] dilation=1) -> Tensor` */
export function slow_conv_transpose2d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias?: Tensor | null, stride?: number | number[], padding?: number | number[], output_padding?: number | number[], dilation?: number | number[]): Tensor {
  if (ID_slow_conv_transpose2d < 0) ID_slow_conv_transpose2d = resolve("aten::slow_conv_transpose2d", "");
  try { return wrap(op(ID_slow_conv_transpose2d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding, output_padding, dilation)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding","output_padding","dilation"], [self, weight, kernel_size, bias, stride, padding, output_padding, dilation]); }
}

let ID_slow_conv_transpose3d = -1;
/** `aten::slow_conv_transpose3d(Tensor self, Tensor weight, int[3] kernel_size, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] output_padding=0, int[3] dilation=1) -> Tensor` */
export function slow_conv_transpose3d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias?: Tensor | null, stride?: number | number[], padding?: number | number[], output_padding?: number | number[], dilation?: number | number[]): Tensor {
  if (ID_slow_conv_transpose3d < 0) ID_slow_conv_transpose3d = resolve("aten::slow_conv_transpose3d", "");
  try { return wrap(op(ID_slow_conv_transpose3d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding, output_padding, dilation)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding","output_padding","dilation"], [self, weight, kernel_size, bias, stride, padding, output_padding, dilation]); }
}

let ID_smm = -1;
/** `aten::smm(Tensor self, Tensor mat2) -> Tensor` */
export function smm(self: Tensor, mat2: Tensor): Tensor {
  if (ID_smm < 0) ID_smm = resolve("aten::smm", "");
  try { return wrap(op(ID_smm, th(self, "self"), th(mat2, "mat2"))); } catch (e) { throw fail(e, ["*self","*mat2"], [self, mat2]); }
}

let ID_smooth_l1_loss = -1;
/** `aten::smooth_l1_loss(Tensor self, Tensor target, int reduction=1, float beta=1.) -> Tensor` */
export function smooth_l1_loss(self: Tensor, target: Tensor, reduction?: number, beta?: number): Tensor {
  if (ID_smooth_l1_loss < 0) ID_smooth_l1_loss = resolve("aten::smooth_l1_loss", "");
  try { return wrap(op(ID_smooth_l1_loss, th(self, "self"), th(target, "target"), reduction, beta)); } catch (e) { throw fail(e, ["*self","*target","reduction","beta"], [self, target, reduction, beta]); }
}

let ID_smooth_l1_loss_backward = -1;
/** `aten::smooth_l1_loss_backward(Tensor grad_output, Tensor self, Tensor target, int reduction, float beta) -> Tensor` */
export function smooth_l1_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, reduction: number, beta: number): Tensor {
  if (ID_smooth_l1_loss_backward < 0) ID_smooth_l1_loss_backward = resolve("aten::smooth_l1_loss_backward", "");
  try { return wrap(op(ID_smooth_l1_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), reduction, beta)); } catch (e) { throw fail(e, ["*grad_output","*self","*target","reduction","beta"], [grad_output, self, target, reduction, beta]); }
}

let ID_soft_margin_loss = -1;
/** `aten::soft_margin_loss(Tensor self, Tensor target, int reduction=1) -> Tensor` */
export function soft_margin_loss(self: Tensor, target: Tensor, reduction?: number): Tensor {
  if (ID_soft_margin_loss < 0) ID_soft_margin_loss = resolve("aten::soft_margin_loss", "");
  try { return wrap(op(ID_soft_margin_loss, th(self, "self"), th(target, "target"), reduction)); } catch (e) { throw fail(e, ["*self","*target","reduction"], [self, target, reduction]); }
}

let ID_soft_margin_loss_backward = -1;
/** `aten::soft_margin_loss_backward(Tensor grad_output, Tensor self, Tensor target, int reduction) -> Tensor` */
export function soft_margin_loss_backward(grad_output: Tensor, self: Tensor, target: Tensor, reduction: number): Tensor {
  if (ID_soft_margin_loss_backward < 0) ID_soft_margin_loss_backward = resolve("aten::soft_margin_loss_backward", "");
  try { return wrap(op(ID_soft_margin_loss_backward, th(grad_output, "grad_output"), th(self, "self"), th(target, "target"), reduction)); } catch (e) { throw fail(e, ["*grad_output","*self","*target","reduction"], [grad_output, self, target, reduction]); }
}

let ID_softmax_Dimname = -1;
/** `aten::softmax.Dimname(Tensor self, str dim, *, ScalarType? dtype=None) -> Tensor` */
export function softmax_Dimname(self: Tensor, dim: string, dtype?: DType | null): Tensor {
  if (ID_softmax_Dimname < 0) ID_softmax_Dimname = resolve("aten::softmax", "Dimname");
  try { return wrap(op(ID_softmax_Dimname, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_softmax_int = -1;
/** `aten::softmax.int(Tensor self, int dim, ScalarType? dtype=None) -> Tensor` */
export function softmax_int(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_softmax_int < 0) ID_softmax_int = resolve("aten::softmax", "int");
  try { return wrap(op(ID_softmax_int, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_softplus = -1;
/** `aten::softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor` */
export function softplus(self: Tensor, beta?: Scalar, threshold?: Scalar): Tensor {
  if (ID_softplus < 0) ID_softplus = resolve("aten::softplus", "");
  try { return wrap(op(ID_softplus, th(self, "self"), beta, threshold)); } catch (e) { throw fail(e, ["*self","beta","threshold"], [self, beta, threshold]); }
}

let ID_softplus_backward = -1;
/** `aten::softplus_backward(Tensor grad_output, Tensor self, Scalar beta, Scalar threshold) -> Tensor` */
export function softplus_backward(grad_output: Tensor, self: Tensor, beta: Scalar, threshold: Scalar): Tensor {
  if (ID_softplus_backward < 0) ID_softplus_backward = resolve("aten::softplus_backward", "");
  try { return wrap(op(ID_softplus_backward, th(grad_output, "grad_output"), th(self, "self"), beta, threshold)); } catch (e) { throw fail(e, ["*grad_output","*self","beta","threshold"], [grad_output, self, beta, threshold]); }
}

let ID_softshrink = -1;
/** `aten::softshrink(Tensor self, Scalar lambd=0.5) -> Tensor` */
export function softshrink(self: Tensor, lambd?: Scalar): Tensor {
  if (ID_softshrink < 0) ID_softshrink = resolve("aten::softshrink", "");
  try { return wrap(op(ID_softshrink, th(self, "self"), lambd)); } catch (e) { throw fail(e, ["*self","lambd"], [self, lambd]); }
}

let ID_softshrink_backward = -1;
/** `aten::softshrink_backward(Tensor grad_output, Tensor self, Scalar lambd) -> Tensor` */
export function softshrink_backward(grad_output: Tensor, self: Tensor, lambd: Scalar): Tensor {
  if (ID_softshrink_backward < 0) ID_softshrink_backward = resolve("aten::softshrink_backward", "");
  try { return wrap(op(ID_softshrink_backward, th(grad_output, "grad_output"), th(self, "self"), lambd)); } catch (e) { throw fail(e, ["*grad_output","*self","lambd"], [grad_output, self, lambd]); }
}

let ID_sort = -1;
/** `aten::sort(Tensor self, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)` */
export function sort(self: Tensor, dim?: number, descending?: boolean): [Tensor, Tensor] {
  if (ID_sort < 0) ID_sort = resolve("aten::sort", "");
  let r: unknown[];
  try { r = op(ID_sort, th(self, "self"), dim, descending) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","descending"], [self, dim, descending]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_sort_dimname = -1;
/** `aten::sort.dimname(Tensor self, str dim, bool descending=False) -> (Tensor values, Tensor indices)` */
export function sort_dimname(self: Tensor, dim: string, descending?: boolean): [Tensor, Tensor] {
  if (ID_sort_dimname < 0) ID_sort_dimname = resolve("aten::sort", "dimname");
  let r: unknown[];
  try { r = op(ID_sort_dimname, th(self, "self"), dim, descending) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","descending"], [self, dim, descending]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_sort_dimname_stable = -1;
/** `aten::sort.dimname_stable(Tensor self, *, bool? stable, str dim, bool descending=False) -> (Tensor values, Tensor indices)` */
export function sort_dimname_stable(self: Tensor, stable: boolean | null | undefined, dim: string, descending?: boolean): [Tensor, Tensor] {
  if (ID_sort_dimname_stable < 0) ID_sort_dimname_stable = resolve("aten::sort", "dimname_stable");
  let r: unknown[];
  try { r = op(ID_sort_dimname_stable, th(self, "self"), stable, dim, descending) as unknown[]; } catch (e) { throw fail(e, ["*self","stable","dim","descending"], [self, stable, dim, descending]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_sort_stable = -1;
/** `aten::sort.stable(Tensor self, *, bool? stable, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)` */
export function sort_stable(self: Tensor, stable?: boolean | null, dim?: number, descending?: boolean): [Tensor, Tensor] {
  if (ID_sort_stable < 0) ID_sort_stable = resolve("aten::sort", "stable");
  let r: unknown[];
  try { r = op(ID_sort_stable, th(self, "self"), stable, dim, descending) as unknown[]; } catch (e) { throw fail(e, ["*self","stable","dim","descending"], [self, stable, dim, descending]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_sparse_bsc_tensor_ccol_row_value = -1;
/** `aten::sparse_bsc_tensor.ccol_row_value(Tensor ccol_indices, Tensor row_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_bsc_tensor_ccol_row_value(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_bsc_tensor_ccol_row_value < 0) ID_sparse_bsc_tensor_ccol_row_value = resolve("aten::sparse_bsc_tensor", "ccol_row_value");
  try { return wrap(op(ID_sparse_bsc_tensor_ccol_row_value, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","dtype","layout","device","pin_memory"], [ccol_indices, row_indices, values, dtype, layout, device, pin_memory]); }
}

let ID_sparse_bsc_tensor_ccol_row_value_size = -1;
/** `aten::sparse_bsc_tensor.ccol_row_value_size(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_bsc_tensor_ccol_row_value_size(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_bsc_tensor_ccol_row_value_size < 0) ID_sparse_bsc_tensor_ccol_row_value_size = resolve("aten::sparse_bsc_tensor", "ccol_row_value_size");
  try { return wrap(op(ID_sparse_bsc_tensor_ccol_row_value_size, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","size","dtype","layout","device","pin_memory"], [ccol_indices, row_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_bsr_tensor_crow_col_value = -1;
/** `aten::sparse_bsr_tensor.crow_col_value(Tensor crow_indices, Tensor col_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_bsr_tensor_crow_col_value(crow_indices: Tensor, col_indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_bsr_tensor_crow_col_value < 0) ID_sparse_bsr_tensor_crow_col_value = resolve("aten::sparse_bsr_tensor", "crow_col_value");
  try { return wrap(op(ID_sparse_bsr_tensor_crow_col_value, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","dtype","layout","device","pin_memory"], [crow_indices, col_indices, values, dtype, layout, device, pin_memory]); }
}

let ID_sparse_bsr_tensor_crow_col_value_size = -1;
/** `aten::sparse_bsr_tensor.crow_col_value_size(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_bsr_tensor_crow_col_value_size(crow_indices: Tensor, col_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_bsr_tensor_crow_col_value_size < 0) ID_sparse_bsr_tensor_crow_col_value_size = resolve("aten::sparse_bsr_tensor", "crow_col_value_size");
  try { return wrap(op(ID_sparse_bsr_tensor_crow_col_value_size, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","size","dtype","layout","device","pin_memory"], [crow_indices, col_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_compressed_tensor_comp_plain_value = -1;
/** `aten::sparse_compressed_tensor.comp_plain_value(Tensor compressed_indices, Tensor plain_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_compressed_tensor_comp_plain_value(compressed_indices: Tensor, plain_indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_compressed_tensor_comp_plain_value < 0) ID_sparse_compressed_tensor_comp_plain_value = resolve("aten::sparse_compressed_tensor", "comp_plain_value");
  try { return wrap(op(ID_sparse_compressed_tensor_comp_plain_value, th(compressed_indices, "compressed_indices"), th(plain_indices, "plain_indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*compressed_indices","*plain_indices","*values","dtype","layout","device","pin_memory"], [compressed_indices, plain_indices, values, dtype, layout, device, pin_memory]); }
}

let ID_sparse_compressed_tensor_comp_plain_value_size = -1;
/** `aten::sparse_compressed_tensor.comp_plain_value_size(Tensor compressed_indices, Tensor plain_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_compressed_tensor_comp_plain_value_size(compressed_indices: Tensor, plain_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_compressed_tensor_comp_plain_value_size < 0) ID_sparse_compressed_tensor_comp_plain_value_size = resolve("aten::sparse_compressed_tensor", "comp_plain_value_size");
  try { return wrap(op(ID_sparse_compressed_tensor_comp_plain_value_size, th(compressed_indices, "compressed_indices"), th(plain_indices, "plain_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*compressed_indices","*plain_indices","*values","size","dtype","layout","device","pin_memory"], [compressed_indices, plain_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_coo_tensor_indices = -1;
/** `aten::sparse_coo_tensor.indices(Tensor indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function sparse_coo_tensor_indices(indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_coo_tensor_indices < 0) ID_sparse_coo_tensor_indices = resolve("aten::sparse_coo_tensor", "indices");
  try { return wrap(op(ID_sparse_coo_tensor_indices, th(indices, "indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*indices","*values","dtype","layout","device","pin_memory"], [indices, values, dtype, layout, device, pin_memory]); }
}

let ID_sparse_coo_tensor_indices_size = -1;
/** `aten::sparse_coo_tensor.indices_size(Tensor indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function sparse_coo_tensor_indices_size(indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_coo_tensor_indices_size < 0) ID_sparse_coo_tensor_indices_size = resolve("aten::sparse_coo_tensor", "indices_size");
  try { return wrap(op(ID_sparse_coo_tensor_indices_size, th(indices, "indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*indices","*values","size","dtype","layout","device","pin_memory"], [indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_coo_tensor_size = -1;
/** `aten::sparse_coo_tensor.size(int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_coo_tensor_size(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_coo_tensor_size < 0) ID_sparse_coo_tensor_size = resolve("aten::sparse_coo_tensor", "size");
  try { return wrap(op(ID_sparse_coo_tensor_size, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory"], [size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_csc_tensor_ccol_row_value = -1;
/** `aten::sparse_csc_tensor.ccol_row_value(Tensor ccol_indices, Tensor row_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_csc_tensor_ccol_row_value(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_csc_tensor_ccol_row_value < 0) ID_sparse_csc_tensor_ccol_row_value = resolve("aten::sparse_csc_tensor", "ccol_row_value");
  try { return wrap(op(ID_sparse_csc_tensor_ccol_row_value, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","dtype","layout","device","pin_memory"], [ccol_indices, row_indices, values, dtype, layout, device, pin_memory]); }
}

let ID_sparse_csc_tensor_ccol_row_value_size = -1;
/** `aten::sparse_csc_tensor.ccol_row_value_size(Tensor ccol_indices, Tensor row_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_csc_tensor_ccol_row_value_size(ccol_indices: Tensor, row_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_csc_tensor_ccol_row_value_size < 0) ID_sparse_csc_tensor_ccol_row_value_size = resolve("aten::sparse_csc_tensor", "ccol_row_value_size");
  try { return wrap(op(ID_sparse_csc_tensor_ccol_row_value_size, th(ccol_indices, "ccol_indices"), th(row_indices, "row_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*ccol_indices","*row_indices","*values","size","dtype","layout","device","pin_memory"], [ccol_indices, row_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_csr_tensor_crow_col_value = -1;
/** `aten::sparse_csr_tensor.crow_col_value(Tensor crow_indices, Tensor col_indices, Tensor values, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_csr_tensor_crow_col_value(crow_indices: Tensor, col_indices: Tensor, values: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_csr_tensor_crow_col_value < 0) ID_sparse_csr_tensor_crow_col_value = resolve("aten::sparse_csr_tensor", "crow_col_value");
  try { return wrap(op(ID_sparse_csr_tensor_crow_col_value, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","dtype","layout","device","pin_memory"], [crow_indices, col_indices, values, dtype, layout, device, pin_memory]); }
}

let ID_sparse_csr_tensor_crow_col_value_size = -1;
/** `aten::sparse_csr_tensor.crow_col_value_size(Tensor crow_indices, Tensor col_indices, Tensor values, int[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False) -> Tensor` */
export function sparse_csr_tensor_crow_col_value_size(crow_indices: Tensor, col_indices: Tensor, values: Tensor, size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_sparse_csr_tensor_crow_col_value_size < 0) ID_sparse_csr_tensor_crow_col_value_size = resolve("aten::sparse_csr_tensor", "crow_col_value_size");
  try { return wrap(op(ID_sparse_csr_tensor_crow_col_value_size, th(crow_indices, "crow_indices"), th(col_indices, "col_indices"), th(values, "values"), size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["*crow_indices","*col_indices","*values","size","dtype","layout","device","pin_memory"], [crow_indices, col_indices, values, size, dtype, layout, device, pin_memory]); }
}

let ID_sparse_dim = -1;
/** `aten::sparse_dim(Tensor self) -> int` */
export function sparse_dim(self: Tensor): number {
  if (ID_sparse_dim < 0) ID_sparse_dim = resolve("aten::sparse_dim", "");
  try { return op(ID_sparse_dim, th(self, "self")) as number; } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sparse_mask = -1;
/** `aten::sparse_mask(Tensor self, Tensor mask) -> Tensor` */
export function sparse_mask(self: Tensor, mask: Tensor): Tensor {
  if (ID_sparse_mask < 0) ID_sparse_mask = resolve("aten::sparse_mask", "");
  try { return wrap(op(ID_sparse_mask, th(self, "self"), th(mask, "mask"))); } catch (e) { throw fail(e, ["*self","*mask"], [self, mask]); }
}

let ID_sparse_resize = -1;
/** `aten::sparse_resize(Tensor self, int[] size, int sparse_dim, int dense_dim) -> Tensor` */
export function sparse_resize(self: Tensor, size: number | number[], sparse_dim: number, dense_dim: number): Tensor {
  if (ID_sparse_resize < 0) ID_sparse_resize = resolve("aten::sparse_resize", "");
  try { return wrap(op(ID_sparse_resize, th(self, "self"), size, sparse_dim, dense_dim)); } catch (e) { throw fail(e, ["*self","size","sparse_dim","dense_dim"], [self, size, sparse_dim, dense_dim]); }
}

let ID_sparse_resize_ = -1;
/** `aten::sparse_resize_(Tensor(a!) self, int[] size, int sparse_dim, int dense_dim) -> Tensor(a!)` */
export function sparse_resize_(self: Tensor, size: number | number[], sparse_dim: number, dense_dim: number): Tensor {
  if (ID_sparse_resize_ < 0) ID_sparse_resize_ = resolve("aten::sparse_resize_", "");
  try { return wrap(op(ID_sparse_resize_, th(self, "self"), size, sparse_dim, dense_dim)); } catch (e) { throw fail(e, ["*self","size","sparse_dim","dense_dim"], [self, size, sparse_dim, dense_dim]); }
}

let ID_sparse_resize_and_clear = -1;
/** `aten::sparse_resize_and_clear(Tensor self, int[] size, int sparse_dim, int dense_dim) -> Tensor` */
export function sparse_resize_and_clear(self: Tensor, size: number | number[], sparse_dim: number, dense_dim: number): Tensor {
  if (ID_sparse_resize_and_clear < 0) ID_sparse_resize_and_clear = resolve("aten::sparse_resize_and_clear", "");
  try { return wrap(op(ID_sparse_resize_and_clear, th(self, "self"), size, sparse_dim, dense_dim)); } catch (e) { throw fail(e, ["*self","size","sparse_dim","dense_dim"], [self, size, sparse_dim, dense_dim]); }
}

let ID_sparse_resize_and_clear_ = -1;
/** `aten::sparse_resize_and_clear_(Tensor(a!) self, int[] size, int sparse_dim, int dense_dim) -> Tensor(a!)` */
export function sparse_resize_and_clear_(self: Tensor, size: number | number[], sparse_dim: number, dense_dim: number): Tensor {
  if (ID_sparse_resize_and_clear_ < 0) ID_sparse_resize_and_clear_ = resolve("aten::sparse_resize_and_clear_", "");
  try { return wrap(op(ID_sparse_resize_and_clear_, th(self, "self"), size, sparse_dim, dense_dim)); } catch (e) { throw fail(e, ["*self","size","sparse_dim","dense_dim"], [self, size, sparse_dim, dense_dim]); }
}

let ID_sparse_sampled_addmm = -1;
/** `aten::sparse_sampled_addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function sparse_sampled_addmm(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_sparse_sampled_addmm < 0) ID_sparse_sampled_addmm = resolve("aten::sparse_sampled_addmm", "");
  try { return wrap(op(ID_sparse_sampled_addmm, th(self, "self"), th(mat1, "mat1"), th(mat2, "mat2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat1","*mat2","beta","alpha"], [self, mat1, mat2, beta, alpha]); }
}

let ID_special_airy_ai = -1;
/** `aten::special_airy_ai(Tensor x) -> Tensor` */
export function special_airy_ai(x: Tensor): Tensor {
  if (ID_special_airy_ai < 0) ID_special_airy_ai = resolve("aten::special_airy_ai", "");
  try { return wrap(op(ID_special_airy_ai, th(x, "x"))); } catch (e) { throw fail(e, ["*x"], [x]); }
}

let ID_special_bessel_j0 = -1;
/** `aten::special_bessel_j0(Tensor self) -> Tensor` */
export function special_bessel_j0(self: Tensor): Tensor {
  if (ID_special_bessel_j0 < 0) ID_special_bessel_j0 = resolve("aten::special_bessel_j0", "");
  try { return wrap(op(ID_special_bessel_j0, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_bessel_j1 = -1;
/** `aten::special_bessel_j1(Tensor self) -> Tensor` */
export function special_bessel_j1(self: Tensor): Tensor {
  if (ID_special_bessel_j1 < 0) ID_special_bessel_j1 = resolve("aten::special_bessel_j1", "");
  try { return wrap(op(ID_special_bessel_j1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_bessel_y0 = -1;
/** `aten::special_bessel_y0(Tensor self) -> Tensor` */
export function special_bessel_y0(self: Tensor): Tensor {
  if (ID_special_bessel_y0 < 0) ID_special_bessel_y0 = resolve("aten::special_bessel_y0", "");
  try { return wrap(op(ID_special_bessel_y0, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_bessel_y1 = -1;
/** `aten::special_bessel_y1(Tensor self) -> Tensor` */
export function special_bessel_y1(self: Tensor): Tensor {
  if (ID_special_bessel_y1 < 0) ID_special_bessel_y1 = resolve("aten::special_bessel_y1", "");
  try { return wrap(op(ID_special_bessel_y1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_chebyshev_polynomial_t = -1;
/** `aten::special_chebyshev_polynomial_t(Tensor x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_t(x: Tensor, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_t < 0) ID_special_chebyshev_polynomial_t = resolve("aten::special_chebyshev_polynomial_t", "");
  try { return wrap(op(ID_special_chebyshev_polynomial_t, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_t_n_scalar = -1;
/** `aten::special_chebyshev_polynomial_t.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_chebyshev_polynomial_t_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_chebyshev_polynomial_t_n_scalar < 0) ID_special_chebyshev_polynomial_t_n_scalar = resolve("aten::special_chebyshev_polynomial_t", "n_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_t_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_t_x_scalar = -1;
/** `aten::special_chebyshev_polynomial_t.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_t_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_t_x_scalar < 0) ID_special_chebyshev_polynomial_t_x_scalar = resolve("aten::special_chebyshev_polynomial_t", "x_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_t_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_u = -1;
/** `aten::special_chebyshev_polynomial_u(Tensor x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_u(x: Tensor, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_u < 0) ID_special_chebyshev_polynomial_u = resolve("aten::special_chebyshev_polynomial_u", "");
  try { return wrap(op(ID_special_chebyshev_polynomial_u, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_u_n_scalar = -1;
/** `aten::special_chebyshev_polynomial_u.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_chebyshev_polynomial_u_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_chebyshev_polynomial_u_n_scalar < 0) ID_special_chebyshev_polynomial_u_n_scalar = resolve("aten::special_chebyshev_polynomial_u", "n_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_u_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_u_x_scalar = -1;
/** `aten::special_chebyshev_polynomial_u.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_u_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_u_x_scalar < 0) ID_special_chebyshev_polynomial_u_x_scalar = resolve("aten::special_chebyshev_polynomial_u", "x_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_u_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_v = -1;
/** `aten::special_chebyshev_polynomial_v(Tensor x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_v(x: Tensor, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_v < 0) ID_special_chebyshev_polynomial_v = resolve("aten::special_chebyshev_polynomial_v", "");
  try { return wrap(op(ID_special_chebyshev_polynomial_v, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_v_n_scalar = -1;
/** `aten::special_chebyshev_polynomial_v.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_chebyshev_polynomial_v_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_chebyshev_polynomial_v_n_scalar < 0) ID_special_chebyshev_polynomial_v_n_scalar = resolve("aten::special_chebyshev_polynomial_v", "n_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_v_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_v_x_scalar = -1;
/** `aten::special_chebyshev_polynomial_v.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_v_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_v_x_scalar < 0) ID_special_chebyshev_polynomial_v_x_scalar = resolve("aten::special_chebyshev_polynomial_v", "x_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_v_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_w = -1;
/** `aten::special_chebyshev_polynomial_w(Tensor x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_w(x: Tensor, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_w < 0) ID_special_chebyshev_polynomial_w = resolve("aten::special_chebyshev_polynomial_w", "");
  try { return wrap(op(ID_special_chebyshev_polynomial_w, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_w_n_scalar = -1;
/** `aten::special_chebyshev_polynomial_w.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_chebyshev_polynomial_w_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_chebyshev_polynomial_w_n_scalar < 0) ID_special_chebyshev_polynomial_w_n_scalar = resolve("aten::special_chebyshev_polynomial_w", "n_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_w_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_chebyshev_polynomial_w_x_scalar = -1;
/** `aten::special_chebyshev_polynomial_w.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_chebyshev_polynomial_w_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_chebyshev_polynomial_w_x_scalar < 0) ID_special_chebyshev_polynomial_w_x_scalar = resolve("aten::special_chebyshev_polynomial_w", "x_scalar");
  try { return wrap(op(ID_special_chebyshev_polynomial_w_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_digamma = -1;
/** `aten::special_digamma(Tensor self) -> Tensor` */
export function special_digamma(self: Tensor): Tensor {
  if (ID_special_digamma < 0) ID_special_digamma = resolve("aten::special_digamma", "");
  try { return wrap(op(ID_special_digamma, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_entr = -1;
/** `aten::special_entr(Tensor self) -> Tensor` */
export function special_entr(self: Tensor): Tensor {
  if (ID_special_entr < 0) ID_special_entr = resolve("aten::special_entr", "");
  try { return wrap(op(ID_special_entr, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_erf = -1;
/** `aten::special_erf(Tensor self) -> Tensor` */
export function special_erf(self: Tensor): Tensor {
  if (ID_special_erf < 0) ID_special_erf = resolve("aten::special_erf", "");
  try { return wrap(op(ID_special_erf, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_erfc = -1;
/** `aten::special_erfc(Tensor self) -> Tensor` */
export function special_erfc(self: Tensor): Tensor {
  if (ID_special_erfc < 0) ID_special_erfc = resolve("aten::special_erfc", "");
  try { return wrap(op(ID_special_erfc, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_erfcx = -1;
/** `aten::special_erfcx(Tensor self) -> Tensor` */
export function special_erfcx(self: Tensor): Tensor {
  if (ID_special_erfcx < 0) ID_special_erfcx = resolve("aten::special_erfcx", "");
  try { return wrap(op(ID_special_erfcx, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_erfinv = -1;
/** `aten::special_erfinv(Tensor self) -> Tensor` */
export function special_erfinv(self: Tensor): Tensor {
  if (ID_special_erfinv < 0) ID_special_erfinv = resolve("aten::special_erfinv", "");
  try { return wrap(op(ID_special_erfinv, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_exp2 = -1;
/** `aten::special_exp2(Tensor self) -> Tensor` */
export function special_exp2(self: Tensor): Tensor {
  if (ID_special_exp2 < 0) ID_special_exp2 = resolve("aten::special_exp2", "");
  try { return wrap(op(ID_special_exp2, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_expit = -1;
/** `aten::special_expit(Tensor self) -> Tensor` */
export function special_expit(self: Tensor): Tensor {
  if (ID_special_expit < 0) ID_special_expit = resolve("aten::special_expit", "");
  try { return wrap(op(ID_special_expit, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_expm1 = -1;
/** `aten::special_expm1(Tensor self) -> Tensor` */
export function special_expm1(self: Tensor): Tensor {
  if (ID_special_expm1 < 0) ID_special_expm1 = resolve("aten::special_expm1", "");
  try { return wrap(op(ID_special_expm1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_gammainc = -1;
/** `aten::special_gammainc(Tensor self, Tensor other) -> Tensor` */
export function special_gammainc(self: Tensor, other: Tensor): Tensor {
  if (ID_special_gammainc < 0) ID_special_gammainc = resolve("aten::special_gammainc", "");
  try { return wrap(op(ID_special_gammainc, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_special_gammaincc = -1;
/** `aten::special_gammaincc(Tensor self, Tensor other) -> Tensor` */
export function special_gammaincc(self: Tensor, other: Tensor): Tensor {
  if (ID_special_gammaincc < 0) ID_special_gammaincc = resolve("aten::special_gammaincc", "");
  try { return wrap(op(ID_special_gammaincc, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_special_gammaln = -1;
/** `aten::special_gammaln(Tensor self) -> Tensor` */
export function special_gammaln(self: Tensor): Tensor {
  if (ID_special_gammaln < 0) ID_special_gammaln = resolve("aten::special_gammaln", "");
  try { return wrap(op(ID_special_gammaln, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_hermite_polynomial_h = -1;
/** `aten::special_hermite_polynomial_h(Tensor x, Tensor n) -> Tensor` */
export function special_hermite_polynomial_h(x: Tensor, n: Tensor): Tensor {
  if (ID_special_hermite_polynomial_h < 0) ID_special_hermite_polynomial_h = resolve("aten::special_hermite_polynomial_h", "");
  try { return wrap(op(ID_special_hermite_polynomial_h, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_hermite_polynomial_h_n_scalar = -1;
/** `aten::special_hermite_polynomial_h.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_hermite_polynomial_h_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_hermite_polynomial_h_n_scalar < 0) ID_special_hermite_polynomial_h_n_scalar = resolve("aten::special_hermite_polynomial_h", "n_scalar");
  try { return wrap(op(ID_special_hermite_polynomial_h_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_hermite_polynomial_h_x_scalar = -1;
/** `aten::special_hermite_polynomial_h.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_hermite_polynomial_h_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_hermite_polynomial_h_x_scalar < 0) ID_special_hermite_polynomial_h_x_scalar = resolve("aten::special_hermite_polynomial_h", "x_scalar");
  try { return wrap(op(ID_special_hermite_polynomial_h_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_hermite_polynomial_he = -1;
/** `aten::special_hermite_polynomial_he(Tensor x, Tensor n) -> Tensor` */
export function special_hermite_polynomial_he(x: Tensor, n: Tensor): Tensor {
  if (ID_special_hermite_polynomial_he < 0) ID_special_hermite_polynomial_he = resolve("aten::special_hermite_polynomial_he", "");
  try { return wrap(op(ID_special_hermite_polynomial_he, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_hermite_polynomial_he_n_scalar = -1;
/** `aten::special_hermite_polynomial_he.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_hermite_polynomial_he_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_hermite_polynomial_he_n_scalar < 0) ID_special_hermite_polynomial_he_n_scalar = resolve("aten::special_hermite_polynomial_he", "n_scalar");
  try { return wrap(op(ID_special_hermite_polynomial_he_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_hermite_polynomial_he_x_scalar = -1;
/** `aten::special_hermite_polynomial_he.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_hermite_polynomial_he_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_hermite_polynomial_he_x_scalar < 0) ID_special_hermite_polynomial_he_x_scalar = resolve("aten::special_hermite_polynomial_he", "x_scalar");
  try { return wrap(op(ID_special_hermite_polynomial_he_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_i0 = -1;
/** `aten::special_i0(Tensor self) -> Tensor` */
export function special_i0(self: Tensor): Tensor {
  if (ID_special_i0 < 0) ID_special_i0 = resolve("aten::special_i0", "");
  try { return wrap(op(ID_special_i0, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_i0e = -1;
/** `aten::special_i0e(Tensor self) -> Tensor` */
export function special_i0e(self: Tensor): Tensor {
  if (ID_special_i0e < 0) ID_special_i0e = resolve("aten::special_i0e", "");
  try { return wrap(op(ID_special_i0e, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_i1 = -1;
/** `aten::special_i1(Tensor self) -> Tensor` */
export function special_i1(self: Tensor): Tensor {
  if (ID_special_i1 < 0) ID_special_i1 = resolve("aten::special_i1", "");
  try { return wrap(op(ID_special_i1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_i1e = -1;
/** `aten::special_i1e(Tensor self) -> Tensor` */
export function special_i1e(self: Tensor): Tensor {
  if (ID_special_i1e < 0) ID_special_i1e = resolve("aten::special_i1e", "");
  try { return wrap(op(ID_special_i1e, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_laguerre_polynomial_l = -1;
/** `aten::special_laguerre_polynomial_l(Tensor x, Tensor n) -> Tensor` */
export function special_laguerre_polynomial_l(x: Tensor, n: Tensor): Tensor {
  if (ID_special_laguerre_polynomial_l < 0) ID_special_laguerre_polynomial_l = resolve("aten::special_laguerre_polynomial_l", "");
  try { return wrap(op(ID_special_laguerre_polynomial_l, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_laguerre_polynomial_l_n_scalar = -1;
/** `aten::special_laguerre_polynomial_l.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_laguerre_polynomial_l_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_laguerre_polynomial_l_n_scalar < 0) ID_special_laguerre_polynomial_l_n_scalar = resolve("aten::special_laguerre_polynomial_l", "n_scalar");
  try { return wrap(op(ID_special_laguerre_polynomial_l_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_laguerre_polynomial_l_x_scalar = -1;
/** `aten::special_laguerre_polynomial_l.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_laguerre_polynomial_l_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_laguerre_polynomial_l_x_scalar < 0) ID_special_laguerre_polynomial_l_x_scalar = resolve("aten::special_laguerre_polynomial_l", "x_scalar");
  try { return wrap(op(ID_special_laguerre_polynomial_l_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_legendre_polynomial_p = -1;
/** `aten::special_legendre_polynomial_p(Tensor x, Tensor n) -> Tensor` */
export function special_legendre_polynomial_p(x: Tensor, n: Tensor): Tensor {
  if (ID_special_legendre_polynomial_p < 0) ID_special_legendre_polynomial_p = resolve("aten::special_legendre_polynomial_p", "");
  try { return wrap(op(ID_special_legendre_polynomial_p, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_legendre_polynomial_p_n_scalar = -1;
/** `aten::special_legendre_polynomial_p.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_legendre_polynomial_p_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_legendre_polynomial_p_n_scalar < 0) ID_special_legendre_polynomial_p_n_scalar = resolve("aten::special_legendre_polynomial_p", "n_scalar");
  try { return wrap(op(ID_special_legendre_polynomial_p_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_legendre_polynomial_p_x_scalar = -1;
/** `aten::special_legendre_polynomial_p.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_legendre_polynomial_p_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_legendre_polynomial_p_x_scalar < 0) ID_special_legendre_polynomial_p_x_scalar = resolve("aten::special_legendre_polynomial_p", "x_scalar");
  try { return wrap(op(ID_special_legendre_polynomial_p_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_log1p = -1;
/** `aten::special_log1p(Tensor self) -> Tensor` */
export function special_log1p(self: Tensor): Tensor {
  if (ID_special_log1p < 0) ID_special_log1p = resolve("aten::special_log1p", "");
  try { return wrap(op(ID_special_log1p, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_log_ndtr = -1;
/** `aten::special_log_ndtr(Tensor self) -> Tensor` */
export function special_log_ndtr(self: Tensor): Tensor {
  if (ID_special_log_ndtr < 0) ID_special_log_ndtr = resolve("aten::special_log_ndtr", "");
  try { return wrap(op(ID_special_log_ndtr, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_log_softmax = -1;
/** `aten::special_log_softmax(Tensor self, int dim, *, ScalarType? dtype=None) -> Tensor` */
export function special_log_softmax(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_special_log_softmax < 0) ID_special_log_softmax = resolve("aten::special_log_softmax", "");
  try { return wrap(op(ID_special_log_softmax, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_special_logit = -1;
/** `aten::special_logit(Tensor self, float? eps=None) -> Tensor` */
export function special_logit(self: Tensor, eps?: number | null): Tensor {
  if (ID_special_logit < 0) ID_special_logit = resolve("aten::special_logit", "");
  try { return wrap(op(ID_special_logit, th(self, "self"), eps)); } catch (e) { throw fail(e, ["*self","eps"], [self, eps]); }
}

let ID_special_logsumexp = -1;
/** `aten::special_logsumexp(Tensor self, int[1] dim, bool keepdim=False) -> Tensor` */
export function special_logsumexp(self: Tensor, dim: number | number[], keepdim?: boolean): Tensor {
  if (ID_special_logsumexp < 0) ID_special_logsumexp = resolve("aten::special_logsumexp", "");
  try { return wrap(op(ID_special_logsumexp, th(self, "self"), dim, keepdim)); } catch (e) { throw fail(e, ["*self","dim","keepdim"], [self, dim, keepdim]); }
}

let ID_special_modified_bessel_i0 = -1;
/** `aten::special_modified_bessel_i0(Tensor self) -> Tensor` */
export function special_modified_bessel_i0(self: Tensor): Tensor {
  if (ID_special_modified_bessel_i0 < 0) ID_special_modified_bessel_i0 = resolve("aten::special_modified_bessel_i0", "");
  try { return wrap(op(ID_special_modified_bessel_i0, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_modified_bessel_i1 = -1;
/** `aten::special_modified_bessel_i1(Tensor self) -> Tensor` */
export function special_modified_bessel_i1(self: Tensor): Tensor {
  if (ID_special_modified_bessel_i1 < 0) ID_special_modified_bessel_i1 = resolve("aten::special_modified_bessel_i1", "");
  try { return wrap(op(ID_special_modified_bessel_i1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_modified_bessel_k0 = -1;
/** `aten::special_modified_bessel_k0(Tensor self) -> Tensor` */
export function special_modified_bessel_k0(self: Tensor): Tensor {
  if (ID_special_modified_bessel_k0 < 0) ID_special_modified_bessel_k0 = resolve("aten::special_modified_bessel_k0", "");
  try { return wrap(op(ID_special_modified_bessel_k0, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_modified_bessel_k1 = -1;
/** `aten::special_modified_bessel_k1(Tensor self) -> Tensor` */
export function special_modified_bessel_k1(self: Tensor): Tensor {
  if (ID_special_modified_bessel_k1 < 0) ID_special_modified_bessel_k1 = resolve("aten::special_modified_bessel_k1", "");
  try { return wrap(op(ID_special_modified_bessel_k1, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_multigammaln = -1;
/** `aten::special_multigammaln(Tensor self, int p) -> Tensor` */
export function special_multigammaln(self: Tensor, p: number): Tensor {
  if (ID_special_multigammaln < 0) ID_special_multigammaln = resolve("aten::special_multigammaln", "");
  try { return wrap(op(ID_special_multigammaln, th(self, "self"), p)); } catch (e) { throw fail(e, ["*self","p"], [self, p]); }
}

let ID_special_ndtr = -1;
/** `aten::special_ndtr(Tensor self) -> Tensor` */
export function special_ndtr(self: Tensor): Tensor {
  if (ID_special_ndtr < 0) ID_special_ndtr = resolve("aten::special_ndtr", "");
  try { return wrap(op(ID_special_ndtr, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_ndtri = -1;
/** `aten::special_ndtri(Tensor self) -> Tensor` */
export function special_ndtri(self: Tensor): Tensor {
  if (ID_special_ndtri < 0) ID_special_ndtri = resolve("aten::special_ndtri", "");
  try { return wrap(op(ID_special_ndtri, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_polygamma = -1;
/** `aten::special_polygamma(int n, Tensor self) -> Tensor` */
export function special_polygamma(n: number, self: Tensor): Tensor {
  if (ID_special_polygamma < 0) ID_special_polygamma = resolve("aten::special_polygamma", "");
  try { return wrap(op(ID_special_polygamma, n, th(self, "self"))); } catch (e) { throw fail(e, ["n","*self"], [n, self]); }
}

let ID_special_psi = -1;
/** `aten::special_psi(Tensor self) -> Tensor` */
export function special_psi(self: Tensor): Tensor {
  if (ID_special_psi < 0) ID_special_psi = resolve("aten::special_psi", "");
  try { return wrap(op(ID_special_psi, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_round = -1;
/** `aten::special_round(Tensor self, *, int decimals=0) -> Tensor` */
export function special_round(self: Tensor, decimals?: number): Tensor {
  if (ID_special_round < 0) ID_special_round = resolve("aten::special_round", "");
  try { return wrap(op(ID_special_round, th(self, "self"), decimals)); } catch (e) { throw fail(e, ["*self","decimals"], [self, decimals]); }
}

let ID_special_scaled_modified_bessel_k0 = -1;
/** `aten::special_scaled_modified_bessel_k0(Tensor x) -> Tensor` */
export function special_scaled_modified_bessel_k0(x: Tensor): Tensor {
  if (ID_special_scaled_modified_bessel_k0 < 0) ID_special_scaled_modified_bessel_k0 = resolve("aten::special_scaled_modified_bessel_k0", "");
  try { return wrap(op(ID_special_scaled_modified_bessel_k0, th(x, "x"))); } catch (e) { throw fail(e, ["*x"], [x]); }
}

let ID_special_scaled_modified_bessel_k1 = -1;
/** `aten::special_scaled_modified_bessel_k1(Tensor x) -> Tensor` */
export function special_scaled_modified_bessel_k1(x: Tensor): Tensor {
  if (ID_special_scaled_modified_bessel_k1 < 0) ID_special_scaled_modified_bessel_k1 = resolve("aten::special_scaled_modified_bessel_k1", "");
  try { return wrap(op(ID_special_scaled_modified_bessel_k1, th(x, "x"))); } catch (e) { throw fail(e, ["*x"], [x]); }
}

let ID_special_shifted_chebyshev_polynomial_t = -1;
/** `aten::special_shifted_chebyshev_polynomial_t(Tensor x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_t(x: Tensor, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_t < 0) ID_special_shifted_chebyshev_polynomial_t = resolve("aten::special_shifted_chebyshev_polynomial_t", "");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_t, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_t_n_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_t.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_t_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_t_n_scalar < 0) ID_special_shifted_chebyshev_polynomial_t_n_scalar = resolve("aten::special_shifted_chebyshev_polynomial_t", "n_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_t_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_t_x_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_t.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_t_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_t_x_scalar < 0) ID_special_shifted_chebyshev_polynomial_t_x_scalar = resolve("aten::special_shifted_chebyshev_polynomial_t", "x_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_t_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_u = -1;
/** `aten::special_shifted_chebyshev_polynomial_u(Tensor x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_u(x: Tensor, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_u < 0) ID_special_shifted_chebyshev_polynomial_u = resolve("aten::special_shifted_chebyshev_polynomial_u", "");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_u, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_u_n_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_u.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_u_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_u_n_scalar < 0) ID_special_shifted_chebyshev_polynomial_u_n_scalar = resolve("aten::special_shifted_chebyshev_polynomial_u", "n_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_u_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_u_x_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_u.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_u_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_u_x_scalar < 0) ID_special_shifted_chebyshev_polynomial_u_x_scalar = resolve("aten::special_shifted_chebyshev_polynomial_u", "x_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_u_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_v = -1;
/** `aten::special_shifted_chebyshev_polynomial_v(Tensor x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_v(x: Tensor, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_v < 0) ID_special_shifted_chebyshev_polynomial_v = resolve("aten::special_shifted_chebyshev_polynomial_v", "");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_v, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_v_n_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_v.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_v_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_v_n_scalar < 0) ID_special_shifted_chebyshev_polynomial_v_n_scalar = resolve("aten::special_shifted_chebyshev_polynomial_v", "n_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_v_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_v_x_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_v.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_v_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_v_x_scalar < 0) ID_special_shifted_chebyshev_polynomial_v_x_scalar = resolve("aten::special_shifted_chebyshev_polynomial_v", "x_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_v_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_w = -1;
/** `aten::special_shifted_chebyshev_polynomial_w(Tensor x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_w(x: Tensor, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_w < 0) ID_special_shifted_chebyshev_polynomial_w = resolve("aten::special_shifted_chebyshev_polynomial_w", "");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_w, th(x, "x"), th(n, "n"))); } catch (e) { throw fail(e, ["*x","*n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_w_n_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_w.n_scalar(Tensor x, Scalar n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_w_n_scalar(x: Tensor, n: Scalar): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_w_n_scalar < 0) ID_special_shifted_chebyshev_polynomial_w_n_scalar = resolve("aten::special_shifted_chebyshev_polynomial_w", "n_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_w_n_scalar, th(x, "x"), n)); } catch (e) { throw fail(e, ["*x","n"], [x, n]); }
}

let ID_special_shifted_chebyshev_polynomial_w_x_scalar = -1;
/** `aten::special_shifted_chebyshev_polynomial_w.x_scalar(Scalar x, Tensor n) -> Tensor` */
export function special_shifted_chebyshev_polynomial_w_x_scalar(x: Scalar, n: Tensor): Tensor {
  if (ID_special_shifted_chebyshev_polynomial_w_x_scalar < 0) ID_special_shifted_chebyshev_polynomial_w_x_scalar = resolve("aten::special_shifted_chebyshev_polynomial_w", "x_scalar");
  try { return wrap(op(ID_special_shifted_chebyshev_polynomial_w_x_scalar, x, th(n, "n"))); } catch (e) { throw fail(e, ["x","*n"], [x, n]); }
}

let ID_special_sinc = -1;
/** `aten::special_sinc(Tensor self) -> Tensor` */
export function special_sinc(self: Tensor): Tensor {
  if (ID_special_sinc < 0) ID_special_sinc = resolve("aten::special_sinc", "");
  try { return wrap(op(ID_special_sinc, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_special_softmax = -1;
/** `aten::special_softmax(Tensor self, int dim, ScalarType? dtype=None) -> Tensor` */
export function special_softmax(self: Tensor, dim: number, dtype?: DType | null): Tensor {
  if (ID_special_softmax < 0) ID_special_softmax = resolve("aten::special_softmax", "");
  try { return wrap(op(ID_special_softmax, th(self, "self"), dim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","dtype"], [self, dim, dtype]); }
}

let ID_special_spherical_bessel_j0 = -1;
/** `aten::special_spherical_bessel_j0(Tensor x) -> Tensor` */
export function special_spherical_bessel_j0(x: Tensor): Tensor {
  if (ID_special_spherical_bessel_j0 < 0) ID_special_spherical_bessel_j0 = resolve("aten::special_spherical_bessel_j0", "");
  try { return wrap(op(ID_special_spherical_bessel_j0, th(x, "x"))); } catch (e) { throw fail(e, ["*x"], [x]); }
}

let ID_special_xlog1py = -1;
/** `aten::special_xlog1py(Tensor self, Tensor other) -> Tensor` */
export function special_xlog1py(self: Tensor, other: Tensor): Tensor {
  if (ID_special_xlog1py < 0) ID_special_xlog1py = resolve("aten::special_xlog1py", "");
  try { return wrap(op(ID_special_xlog1py, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_special_xlog1py_other_scalar = -1;
/** `aten::special_xlog1py.other_scalar(Tensor self, Scalar other) -> Tensor` */
export function special_xlog1py_other_scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_special_xlog1py_other_scalar < 0) ID_special_xlog1py_other_scalar = resolve("aten::special_xlog1py", "other_scalar");
  try { return wrap(op(ID_special_xlog1py_other_scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_special_xlog1py_self_scalar = -1;
/** `aten::special_xlog1py.self_scalar(Scalar self, Tensor other) -> Tensor` */
export function special_xlog1py_self_scalar(self: Scalar, other: Tensor): Tensor {
  if (ID_special_xlog1py_self_scalar < 0) ID_special_xlog1py_self_scalar = resolve("aten::special_xlog1py", "self_scalar");
  try { return wrap(op(ID_special_xlog1py_self_scalar, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_special_xlogy = -1;
/** `aten::special_xlogy(Tensor self, Tensor other) -> Tensor` */
export function special_xlogy(self: Tensor, other: Tensor): Tensor {
  if (ID_special_xlogy < 0) ID_special_xlogy = resolve("aten::special_xlogy", "");
  try { return wrap(op(ID_special_xlogy, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_special_xlogy_other_scalar = -1;
/** `aten::special_xlogy.other_scalar(Tensor self, Scalar other) -> Tensor` */
export function special_xlogy_other_scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_special_xlogy_other_scalar < 0) ID_special_xlogy_other_scalar = resolve("aten::special_xlogy", "other_scalar");
  try { return wrap(op(ID_special_xlogy_other_scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_special_xlogy_self_scalar = -1;
/** `aten::special_xlogy.self_scalar(Scalar self, Tensor other) -> Tensor` */
export function special_xlogy_self_scalar(self: Scalar, other: Tensor): Tensor {
  if (ID_special_xlogy_self_scalar < 0) ID_special_xlogy_self_scalar = resolve("aten::special_xlogy", "self_scalar");
  try { return wrap(op(ID_special_xlogy_self_scalar, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_special_zeta = -1;
/** `aten::special_zeta(Tensor self, Tensor other) -> Tensor` */
export function special_zeta(self: Tensor, other: Tensor): Tensor {
  if (ID_special_zeta < 0) ID_special_zeta = resolve("aten::special_zeta", "");
  try { return wrap(op(ID_special_zeta, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_special_zeta_other_scalar = -1;
/** `aten::special_zeta.other_scalar(Tensor self, Scalar other) -> Tensor` */
export function special_zeta_other_scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_special_zeta_other_scalar < 0) ID_special_zeta_other_scalar = resolve("aten::special_zeta", "other_scalar");
  try { return wrap(op(ID_special_zeta_other_scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_special_zeta_self_scalar = -1;
/** `aten::special_zeta.self_scalar(Scalar self, Tensor other) -> Tensor` */
export function special_zeta_self_scalar(self: Scalar, other: Tensor): Tensor {
  if (ID_special_zeta_self_scalar < 0) ID_special_zeta_self_scalar = resolve("aten::special_zeta", "self_scalar");
  try { return wrap(op(ID_special_zeta_self_scalar, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_split_Tensor = -1;
/** `aten::split.Tensor(Tensor(a -> *) self, int split_size, int dim=0) -> Tensor(a)[]` */
export function split_Tensor(self: Tensor, split_size: number, dim?: number): Tensor[] {
  if (ID_split_Tensor < 0) ID_split_Tensor = resolve("aten::split", "Tensor");
  try { return wrapList(op(ID_split_Tensor, th(self, "self"), split_size, dim)); } catch (e) { throw fail(e, ["*self","split_size","dim"], [self, split_size, dim]); }
}

let ID_split_sizes = -1;
/** `aten::split.sizes(Tensor(a -> *) self, int[] split_size, int dim=0) -> Tensor(a)[]` */
export function split_sizes(self: Tensor, split_size: number | number[], dim?: number): Tensor[] {
  if (ID_split_sizes < 0) ID_split_sizes = resolve("aten::split", "sizes");
  try { return wrapList(op(ID_split_sizes, th(self, "self"), split_size, dim)); } catch (e) { throw fail(e, ["*self","split_size","dim"], [self, split_size, dim]); }
}

let ID_split_copy_Tensor = -1;
/** `aten::split_copy.Tensor(Tensor self, int split_size, int dim=0) -> Tensor[]` */
export function split_copy_Tensor(self: Tensor, split_size: number, dim?: number): Tensor[] {
  if (ID_split_copy_Tensor < 0) ID_split_copy_Tensor = resolve("aten::split_copy", "Tensor");
  try { return wrapList(op(ID_split_copy_Tensor, th(self, "self"), split_size, dim)); } catch (e) { throw fail(e, ["*self","split_size","dim"], [self, split_size, dim]); }
}

let ID_split_with_sizes = -1;
/** `aten::split_with_sizes(Tensor(a -> *) self, int[] split_sizes, int dim=0) -> Tensor(a)[]` */
export function split_with_sizes(self: Tensor, split_sizes: number | number[], dim?: number): Tensor[] {
  if (ID_split_with_sizes < 0) ID_split_with_sizes = resolve("aten::split_with_sizes", "");
  try { return wrapList(op(ID_split_with_sizes, th(self, "self"), split_sizes, dim)); } catch (e) { throw fail(e, ["*self","split_sizes","dim"], [self, split_sizes, dim]); }
}

let ID_split_with_sizes_copy = -1;
/** `aten::split_with_sizes_copy(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]` */
export function split_with_sizes_copy(self: Tensor, split_sizes: number | number[], dim?: number): Tensor[] {
  if (ID_split_with_sizes_copy < 0) ID_split_with_sizes_copy = resolve("aten::split_with_sizes_copy", "");
  try { return wrapList(op(ID_split_with_sizes_copy, th(self, "self"), split_sizes, dim)); } catch (e) { throw fail(e, ["*self","split_sizes","dim"], [self, split_sizes, dim]); }
}

let ID_sqrt = -1;
/** `aten::sqrt(Tensor self) -> Tensor` */
export function sqrt(self: Tensor): Tensor {
  if (ID_sqrt < 0) ID_sqrt = resolve("aten::sqrt", "");
  try { return wrap(op(ID_sqrt, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_sqrt_ = -1;
/** `aten::sqrt_(Tensor(a!) self) -> Tensor(a!)` */
export function sqrt_(self: Tensor): Tensor {
  if (ID_sqrt_ < 0) ID_sqrt_ = resolve("aten::sqrt_", "");
  try { return wrap(op(ID_sqrt_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_square = -1;
/** `aten::square(Tensor self) -> Tensor` */
export function square(self: Tensor): Tensor {
  if (ID_square < 0) ID_square = resolve("aten::square", "");
  try { return wrap(op(ID_square, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_square_ = -1;
/** `aten::square_(Tensor(a!) self) -> Tensor(a!)` */
export function square_(self: Tensor): Tensor {
  if (ID_square_ < 0) ID_square_ = resolve("aten::square_", "");
  try { return wrap(op(ID_square_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_squeeze = -1;
/** `aten::squeeze(Tensor(a) self) -> Tensor(a)` */
export function squeeze(self: Tensor): Tensor {
  if (ID_squeeze < 0) ID_squeeze = resolve("aten::squeeze", "");
  try { return wrap(op(ID_squeeze, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_squeeze_dim = -1;
/** `aten::squeeze.dim(Tensor(a) self, int dim) -> Tensor(a)` */
export function squeeze_dim(self: Tensor, dim: number): Tensor {
  if (ID_squeeze_dim < 0) ID_squeeze_dim = resolve("aten::squeeze", "dim");
  try { return wrap(op(ID_squeeze_dim, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_squeeze_dimname = -1;
/** `aten::squeeze.dimname(Tensor(a) self, str dim) -> Tensor(a)` */
export function squeeze_dimname(self: Tensor, dim: string): Tensor {
  if (ID_squeeze_dimname < 0) ID_squeeze_dimname = resolve("aten::squeeze", "dimname");
  try { return wrap(op(ID_squeeze_dimname, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_squeeze_ = -1;
/** `aten::squeeze_(Tensor(a!) self) -> Tensor(a!)` */
export function squeeze_(self: Tensor): Tensor {
  if (ID_squeeze_ < 0) ID_squeeze_ = resolve("aten::squeeze_", "");
  try { return wrap(op(ID_squeeze_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_squeeze__dim = -1;
/** `aten::squeeze_.dim(Tensor(a!) self, int dim) -> Tensor(a!)` */
export function squeeze__dim(self: Tensor, dim: number): Tensor {
  if (ID_squeeze__dim < 0) ID_squeeze__dim = resolve("aten::squeeze_", "dim");
  try { return wrap(op(ID_squeeze__dim, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_squeeze__dimname = -1;
/** `aten::squeeze_.dimname(Tensor(a!) self, str dim) -> Tensor(a!)` */
export function squeeze__dimname(self: Tensor, dim: string): Tensor {
  if (ID_squeeze__dimname < 0) ID_squeeze__dimname = resolve("aten::squeeze_", "dimname");
  try { return wrap(op(ID_squeeze__dimname, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_squeeze_copy = -1;
/** `aten::squeeze_copy(Tensor self) -> Tensor` */
export function squeeze_copy(self: Tensor): Tensor {
  if (ID_squeeze_copy < 0) ID_squeeze_copy = resolve("aten::squeeze_copy", "");
  try { return wrap(op(ID_squeeze_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_squeeze_copy_dim = -1;
/** `aten::squeeze_copy.dim(Tensor self, int dim) -> Tensor` */
export function squeeze_copy_dim(self: Tensor, dim: number): Tensor {
  if (ID_squeeze_copy_dim < 0) ID_squeeze_copy_dim = resolve("aten::squeeze_copy", "dim");
  try { return wrap(op(ID_squeeze_copy_dim, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_sspaddmm = -1;
/** `aten::sspaddmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor` */
export function sspaddmm(self: Tensor, mat1: Tensor, mat2: Tensor, beta?: Scalar, alpha?: Scalar): Tensor {
  if (ID_sspaddmm < 0) ID_sspaddmm = resolve("aten::sspaddmm", "");
  try { return wrap(op(ID_sspaddmm, th(self, "self"), th(mat1, "mat1"), th(mat2, "mat2"), beta, alpha)); } catch (e) { throw fail(e, ["*self","*mat1","*mat2","beta","alpha"], [self, mat1, mat2, beta, alpha]); }
}

let ID_stack = -1;
/** `aten::stack(Tensor[] tensors, int dim=0) -> Tensor` */
export function stack(tensors: Tensor[], dim?: number): Tensor {
  if (ID_stack < 0) ID_stack = resolve("aten::stack", "");
  try { return wrap(op(ID_stack, ths(tensors, "tensors"), dim)); } catch (e) { throw fail(e, ["tensors","dim"], [tensors, dim]); }
}

let ID_std = -1;
/** `aten::std(Tensor self, bool unbiased=True) -> Tensor` */
export function std(self: Tensor, unbiased?: boolean): Tensor {
  if (ID_std < 0) ID_std = resolve("aten::std", "");
  try { return wrap(op(ID_std, th(self, "self"), unbiased)); } catch (e) { throw fail(e, ["*self","unbiased"], [self, unbiased]); }
}

let ID_std_correction = -1;
/** `aten::std.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> Tensor` */
export function std_correction(self: Tensor, dim?: number | number[] | null, correction?: number | null, keepdim?: boolean): Tensor {
  if (ID_std_correction < 0) ID_std_correction = resolve("aten::std", "correction");
  try { return wrap(op(ID_std_correction, th(self, "self"), dim, correction, keepdim)); } catch (e) { throw fail(e, ["*self","dim","correction","keepdim"], [self, dim, correction, keepdim]); }
}

let ID_std_dim = -1;
/** `aten::std.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor` */
export function std_dim(self: Tensor, dim?: number | number[] | null, unbiased?: boolean, keepdim?: boolean): Tensor {
  if (ID_std_dim < 0) ID_std_dim = resolve("aten::std", "dim");
  try { return wrap(op(ID_std_dim, th(self, "self"), dim, unbiased, keepdim)); } catch (e) { throw fail(e, ["*self","dim","unbiased","keepdim"], [self, dim, unbiased, keepdim]); }
}

let ID_std_mean = -1;
/** `aten::std_mean(Tensor self, bool unbiased=True) -> (Tensor, Tensor)` */
export function std_mean(self: Tensor, unbiased?: boolean): [Tensor, Tensor] {
  if (ID_std_mean < 0) ID_std_mean = resolve("aten::std_mean", "");
  let r: unknown[];
  try { r = op(ID_std_mean, th(self, "self"), unbiased) as unknown[]; } catch (e) { throw fail(e, ["*self","unbiased"], [self, unbiased]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_std_mean_correction = -1;
/** `aten::std_mean.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)` */
export function std_mean_correction(self: Tensor, dim?: number | number[] | null, correction?: number | null, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_std_mean_correction < 0) ID_std_mean_correction = resolve("aten::std_mean", "correction");
  let r: unknown[];
  try { r = op(ID_std_mean_correction, th(self, "self"), dim, correction, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","correction","keepdim"], [self, dim, correction, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_std_mean_dim = -1;
/** `aten::std_mean.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)` */
export function std_mean_dim(self: Tensor, dim?: number | number[] | null, unbiased?: boolean, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_std_mean_dim < 0) ID_std_mean_dim = resolve("aten::std_mean", "dim");
  let r: unknown[];
  try { r = op(ID_std_mean_dim, th(self, "self"), dim, unbiased, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","unbiased","keepdim"], [self, dim, unbiased, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_stft = -1;
/** `aten::stft(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool normalized=False, bool? onesided=None, bool? return_complex=None) -> Tensor` */
export function stft(self: Tensor, n_fft: number, hop_length?: number | null, win_length?: number | null, window?: Tensor | null, normalized?: boolean, onesided?: boolean | null, return_complex?: boolean | null): Tensor {
  if (ID_stft < 0) ID_stft = resolve("aten::stft", "");
  try { return wrap(op(ID_stft, th(self, "self"), n_fft, hop_length, win_length, oth(window, "window"), normalized, onesided, return_complex)); } catch (e) { throw fail(e, ["*self","n_fft","hop_length","win_length","*window","normalized","onesided","return_complex"], [self, n_fft, hop_length, win_length, window, normalized, onesided, return_complex]); }
}

let ID_stft_center = -1;
/** `aten::stft.center(Tensor self, int n_fft, int? hop_length=None, int? win_length=None, Tensor? window=None, bool center=True, str pad_mode="reflect", bool normalized=False, bool? onesided=None, bool? return_complex=None) -> Tensor` */
export function stft_center(self: Tensor, n_fft: number, hop_length?: number | null, win_length?: number | null, window?: Tensor | null, center?: boolean, pad_mode?: string, normalized?: boolean, onesided?: boolean | null, return_complex?: boolean | null): Tensor {
  if (ID_stft_center < 0) ID_stft_center = resolve("aten::stft", "center");
  try { return wrap(op(ID_stft_center, th(self, "self"), n_fft, hop_length, win_length, oth(window, "window"), center, pad_mode, normalized, onesided, return_complex)); } catch (e) { throw fail(e, ["*self","n_fft","hop_length","win_length","*window","center","pad_mode","normalized","onesided","return_complex"], [self, n_fft, hop_length, win_length, window, center, pad_mode, normalized, onesided, return_complex]); }
}

let ID_stride_Dimname = -1;
/** `aten::stride.Dimname(Tensor self, str dim) -> int` */
export function stride_Dimname(self: Tensor, dim: string): number {
  if (ID_stride_Dimname < 0) ID_stride_Dimname = resolve("aten::stride", "Dimname");
  try { return op(ID_stride_Dimname, th(self, "self"), dim) as number; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_stride_int = -1;
/** `aten::stride.int(Tensor self, int dim) -> int` */
export function stride_int(self: Tensor, dim: number): number {
  if (ID_stride_int < 0) ID_stride_int = resolve("aten::stride", "int");
  try { return op(ID_stride_int, th(self, "self"), dim) as number; } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_sub_Scalar = -1;
/** `aten::sub.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor` */
export function sub_Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_sub_Scalar < 0) ID_sub_Scalar = resolve("aten::sub", "Scalar");
  try { return wrap(op(ID_sub_Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_sub_Tensor = -1;
/** `aten::sub.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` */
export function sub_Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_sub_Tensor < 0) ID_sub_Tensor = resolve("aten::sub", "Tensor");
  try { return wrap(op(ID_sub_Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_sub__Scalar = -1;
/** `aten::sub_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)` */
export function sub__Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_sub__Scalar < 0) ID_sub__Scalar = resolve("aten::sub_", "Scalar");
  try { return wrap(op(ID_sub__Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_sub__Tensor = -1;
/** `aten::sub_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)` */
export function sub__Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_sub__Tensor < 0) ID_sub__Tensor = resolve("aten::sub_", "Tensor");
  try { return wrap(op(ID_sub__Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_subtract_Scalar = -1;
/** `aten::subtract.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor` */
export function subtract_Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_subtract_Scalar < 0) ID_subtract_Scalar = resolve("aten::subtract", "Scalar");
  try { return wrap(op(ID_subtract_Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_subtract_Tensor = -1;
/** `aten::subtract.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor` */
export function subtract_Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_subtract_Tensor < 0) ID_subtract_Tensor = resolve("aten::subtract", "Tensor");
  try { return wrap(op(ID_subtract_Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_subtract__Scalar = -1;
/** `aten::subtract_.Scalar(Tensor(a!) self, Scalar other, Scalar alpha=1) -> Tensor(a!)` */
export function subtract__Scalar(self: Tensor, other: Scalar, alpha?: Scalar): Tensor {
  if (ID_subtract__Scalar < 0) ID_subtract__Scalar = resolve("aten::subtract_", "Scalar");
  try { return wrap(op(ID_subtract__Scalar, th(self, "self"), other, alpha)); } catch (e) { throw fail(e, ["*self","other","alpha"], [self, other, alpha]); }
}

let ID_subtract__Tensor = -1;
/** `aten::subtract_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)` */
export function subtract__Tensor(self: Tensor, other: Tensor, alpha?: Scalar): Tensor {
  if (ID_subtract__Tensor < 0) ID_subtract__Tensor = resolve("aten::subtract_", "Tensor");
  try { return wrap(op(ID_subtract__Tensor, th(self, "self"), th(other, "other"), alpha)); } catch (e) { throw fail(e, ["*self","*other","alpha"], [self, other, alpha]); }
}

let ID_sum = -1;
/** `aten::sum(Tensor self, *, ScalarType? dtype=None) -> Tensor` */
export function sum(self: Tensor, dtype?: DType | null): Tensor {
  if (ID_sum < 0) ID_sum = resolve("aten::sum", "");
  try { return wrap(op(ID_sum, th(self, "self"), dt(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_sum_dim_IntList = -1;
/** `aten::sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor` */
export function sum_dim_IntList(self: Tensor, dim?: number | number[] | null, keepdim?: boolean, dtype?: DType | null): Tensor {
  if (ID_sum_dim_IntList < 0) ID_sum_dim_IntList = resolve("aten::sum", "dim_IntList");
  try { return wrap(op(ID_sum_dim_IntList, th(self, "self"), dim, keepdim, dt(dtype))); } catch (e) { throw fail(e, ["*self","dim","keepdim","dtype"], [self, dim, keepdim, dtype]); }
}

let ID_sum_to_size = -1;
/** `aten::sum_to_size(Tensor self, int[] size) -> Tensor` */
export function sum_to_size(self: Tensor, size: number | number[]): Tensor {
  if (ID_sum_to_size < 0) ID_sum_to_size = resolve("aten::sum_to_size", "");
  try { return wrap(op(ID_sum_to_size, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID_svd = -1;
/** `aten::svd(Tensor self, bool some=True, bool compute_uv=True) -> (Tensor U, Tensor S, Tensor V)` */
export function svd(self: Tensor, some?: boolean, compute_uv?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_svd < 0) ID_svd = resolve("aten::svd", "");
  let r: unknown[];
  try { r = op(ID_svd, th(self, "self"), some, compute_uv) as unknown[]; } catch (e) { throw fail(e, ["*self","some","compute_uv"], [self, some, compute_uv]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_swapaxes = -1;
/** `aten::swapaxes(Tensor(a) self, int axis0, int axis1) -> Tensor(a)` */
export function swapaxes(self: Tensor, axis0: number, axis1: number): Tensor {
  if (ID_swapaxes < 0) ID_swapaxes = resolve("aten::swapaxes", "");
  try { return wrap(op(ID_swapaxes, th(self, "self"), axis0, axis1)); } catch (e) { throw fail(e, ["*self","axis0","axis1"], [self, axis0, axis1]); }
}

let ID_swapaxes_ = -1;
/** `aten::swapaxes_(Tensor(a!) self, int axis0, int axis1) -> Tensor(a!)` */
export function swapaxes_(self: Tensor, axis0: number, axis1: number): Tensor {
  if (ID_swapaxes_ < 0) ID_swapaxes_ = resolve("aten::swapaxes_", "");
  try { return wrap(op(ID_swapaxes_, th(self, "self"), axis0, axis1)); } catch (e) { throw fail(e, ["*self","axis0","axis1"], [self, axis0, axis1]); }
}

let ID_swapdims = -1;
/** `aten::swapdims(Tensor(a) self, int dim0, int dim1) -> Tensor(a)` */
export function swapdims(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID_swapdims < 0) ID_swapdims = resolve("aten::swapdims", "");
  try { return wrap(op(ID_swapdims, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID_swapdims_ = -1;
/** `aten::swapdims_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)` */
export function swapdims_(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID_swapdims_ < 0) ID_swapdims_ = resolve("aten::swapdims_", "");
  try { return wrap(op(ID_swapdims_, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID_symeig = -1;
/** `aten::symeig(Tensor self, bool eigenvectors=False, bool upper=True) -> (Tensor eigenvalues, Tensor eigenvectors)` */
export function symeig(self: Tensor, eigenvectors?: boolean, upper?: boolean): [Tensor, Tensor] {
  if (ID_symeig < 0) ID_symeig = resolve("aten::symeig", "");
  let r: unknown[];
  try { r = op(ID_symeig, th(self, "self"), eigenvectors, upper) as unknown[]; } catch (e) { throw fail(e, ["*self","eigenvectors","upper"], [self, eigenvectors, upper]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_t = -1;
/** `aten::t(Tensor(a) self) -> Tensor(a)` */
export function t(self: Tensor): Tensor {
  if (ID_t < 0) ID_t = resolve("aten::t", "");
  try { return wrap(op(ID_t, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_t_ = -1;
/** `aten::t_(Tensor(a!) self) -> Tensor(a!)` */
export function t_(self: Tensor): Tensor {
  if (ID_t_ < 0) ID_t_ = resolve("aten::t_", "");
  try { return wrap(op(ID_t_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_t_copy = -1;
/** `aten::t_copy(Tensor self) -> Tensor` */
export function t_copy(self: Tensor): Tensor {
  if (ID_t_copy < 0) ID_t_copy = resolve("aten::t_copy", "");
  try { return wrap(op(ID_t_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_take = -1;
/** `aten::take(Tensor self, Tensor index) -> Tensor` */
export function take(self: Tensor, index: Tensor): Tensor {
  if (ID_take < 0) ID_take = resolve("aten::take", "");
  try { return wrap(op(ID_take, th(self, "self"), th(index, "index"))); } catch (e) { throw fail(e, ["*self","*index"], [self, index]); }
}

let ID_take_along_dim = -1;
/** `aten::take_along_dim(Tensor self, Tensor indices, int? dim=None) -> Tensor` */
export function take_along_dim(self: Tensor, indices: Tensor, dim?: number | null): Tensor {
  if (ID_take_along_dim < 0) ID_take_along_dim = resolve("aten::take_along_dim", "");
  try { return wrap(op(ID_take_along_dim, th(self, "self"), th(indices, "indices"), dim)); } catch (e) { throw fail(e, ["*self","*indices","dim"], [self, indices, dim]); }
}

let ID_tan = -1;
/** `aten::tan(Tensor self) -> Tensor` */
export function tan(self: Tensor): Tensor {
  if (ID_tan < 0) ID_tan = resolve("aten::tan", "");
  try { return wrap(op(ID_tan, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_tan_ = -1;
/** `aten::tan_(Tensor(a!) self) -> Tensor(a!)` */
export function tan_(self: Tensor): Tensor {
  if (ID_tan_ < 0) ID_tan_ = resolve("aten::tan_", "");
  try { return wrap(op(ID_tan_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_tanh = -1;
/** `aten::tanh(Tensor self) -> Tensor` */
export function tanh(self: Tensor): Tensor {
  if (ID_tanh < 0) ID_tanh = resolve("aten::tanh", "");
  try { return wrap(op(ID_tanh, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_tanh_ = -1;
/** `aten::tanh_(Tensor(a!) self) -> Tensor(a!)` */
export function tanh_(self: Tensor): Tensor {
  if (ID_tanh_ < 0) ID_tanh_ = resolve("aten::tanh_", "");
  try { return wrap(op(ID_tanh_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_tanh_backward = -1;
/** `aten::tanh_backward(Tensor grad_output, Tensor output) -> Tensor` */
export function tanh_backward(grad_output: Tensor, output: Tensor): Tensor {
  if (ID_tanh_backward < 0) ID_tanh_backward = resolve("aten::tanh_backward", "");
  try { return wrap(op(ID_tanh_backward, th(grad_output, "grad_output"), th(output, "output"))); } catch (e) { throw fail(e, ["*grad_output","*output"], [grad_output, output]); }
}

let ID_tensor_split_indices = -1;
/** `aten::tensor_split.indices(Tensor(a -> *) self, int[] indices, int dim=0) -> Tensor(a)[]` */
export function tensor_split_indices(self: Tensor, indices: number | number[], dim?: number): Tensor[] {
  if (ID_tensor_split_indices < 0) ID_tensor_split_indices = resolve("aten::tensor_split", "indices");
  try { return wrapList(op(ID_tensor_split_indices, th(self, "self"), indices, dim)); } catch (e) { throw fail(e, ["*self","indices","dim"], [self, indices, dim]); }
}

let ID_tensor_split_sections = -1;
/** `aten::tensor_split.sections(Tensor(a -> *) self, int sections, int dim=0) -> Tensor(a)[]` */
export function tensor_split_sections(self: Tensor, sections: number, dim?: number): Tensor[] {
  if (ID_tensor_split_sections < 0) ID_tensor_split_sections = resolve("aten::tensor_split", "sections");
  try { return wrapList(op(ID_tensor_split_sections, th(self, "self"), sections, dim)); } catch (e) { throw fail(e, ["*self","sections","dim"], [self, sections, dim]); }
}

let ID_tensor_split_tensor_indices_or_sections = -1;
/** `aten::tensor_split.tensor_indices_or_sections(Tensor(a -> *) self, Tensor tensor_indices_or_sections, int dim=0) -> Tensor(a)[]` */
export function tensor_split_tensor_indices_or_sections(self: Tensor, tensor_indices_or_sections: Tensor, dim?: number): Tensor[] {
  if (ID_tensor_split_tensor_indices_or_sections < 0) ID_tensor_split_tensor_indices_or_sections = resolve("aten::tensor_split", "tensor_indices_or_sections");
  try { return wrapList(op(ID_tensor_split_tensor_indices_or_sections, th(self, "self"), th(tensor_indices_or_sections, "tensor_indices_or_sections"), dim)); } catch (e) { throw fail(e, ["*self","*tensor_indices_or_sections","dim"], [self, tensor_indices_or_sections, dim]); }
}

let ID_tensordot = -1;
/** `aten::tensordot(Tensor self, Tensor other, int[] dims_self, int[] dims_other) -> Tensor` */
export function tensordot(self: Tensor, other: Tensor, dims_self: number | number[], dims_other: number | number[]): Tensor {
  if (ID_tensordot < 0) ID_tensordot = resolve("aten::tensordot", "");
  try { return wrap(op(ID_tensordot, th(self, "self"), th(other, "other"), dims_self, dims_other)); } catch (e) { throw fail(e, ["*self","*other","dims_self","dims_other"], [self, other, dims_self, dims_other]); }
}

let ID_thnn_conv2d = -1;
/** `aten::thnn_conv2d(Tensor self, Tensor weight, int[2] kernel_size, Tensor? bias=None, int[2] stride=1, int[2] padding=0) -> Tensor` */
export function thnn_conv2d(self: Tensor, weight: Tensor, kernel_size: number | number[], bias?: Tensor | null, stride?: number | number[], padding?: number | number[]): Tensor {
  if (ID_thnn_conv2d < 0) ID_thnn_conv2d = resolve("aten::thnn_conv2d", "");
  try { return wrap(op(ID_thnn_conv2d, th(self, "self"), th(weight, "weight"), kernel_size, oth(bias, "bias"), stride, padding)); } catch (e) { throw fail(e, ["*self","*weight","kernel_size","*bias","stride","padding"], [self, weight, kernel_size, bias, stride, padding]); }
}

let ID_threshold = -1;
/** `aten::threshold(Tensor self, Scalar threshold, Scalar value) -> Tensor` */
export function threshold(self: Tensor, threshold: Scalar, value: Scalar): Tensor {
  if (ID_threshold < 0) ID_threshold = resolve("aten::threshold", "");
  try { return wrap(op(ID_threshold, th(self, "self"), threshold, value)); } catch (e) { throw fail(e, ["*self","threshold","value"], [self, threshold, value]); }
}

let ID_threshold_ = -1;
/** `aten::threshold_(Tensor(a!) self, Scalar threshold, Scalar value) -> Tensor(a!)` */
export function threshold_(self: Tensor, threshold: Scalar, value: Scalar): Tensor {
  if (ID_threshold_ < 0) ID_threshold_ = resolve("aten::threshold_", "");
  try { return wrap(op(ID_threshold_, th(self, "self"), threshold, value)); } catch (e) { throw fail(e, ["*self","threshold","value"], [self, threshold, value]); }
}

let ID_threshold_backward = -1;
/** `aten::threshold_backward(Tensor grad_output, Tensor self, Scalar threshold) -> Tensor` */
export function threshold_backward(grad_output: Tensor, self: Tensor, threshold: Scalar): Tensor {
  if (ID_threshold_backward < 0) ID_threshold_backward = resolve("aten::threshold_backward", "");
  try { return wrap(op(ID_threshold_backward, th(grad_output, "grad_output"), th(self, "self"), threshold)); } catch (e) { throw fail(e, ["*grad_output","*self","threshold"], [grad_output, self, threshold]); }
}

let ID_tile = -1;
/** `aten::tile(Tensor self, int[] dims) -> Tensor` */
export function tile(self: Tensor, dims: number | number[]): Tensor {
  if (ID_tile < 0) ID_tile = resolve("aten::tile", "");
  try { return wrap(op(ID_tile, th(self, "self"), dims)); } catch (e) { throw fail(e, ["*self","dims"], [self, dims]); }
}

let ID_to_device = -1;
/** `aten::to.device(Tensor(a) self, Device device, ScalarType dtype, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)` */
export function to_device(self: Tensor, device: string, dtype: DType, non_blocking?: boolean, copy?: boolean, memory_format?: number | null): Tensor {
  if (ID_to_device < 0) ID_to_device = resolve("aten::to", "device");
  try { return wrap(op(ID_to_device, th(self, "self"), device, dtypeCode(dtype), non_blocking, copy, memory_format)); } catch (e) { throw fail(e, ["*self","device","dtype","non_blocking","copy","memory_format"], [self, device, dtype, non_blocking, copy, memory_format]); }
}

let ID_to_dtype = -1;
/** `aten::to.dtype(Tensor(a) self, ScalarType dtype, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)` */
export function to_dtype(self: Tensor, dtype: DType, non_blocking?: boolean, copy?: boolean, memory_format?: number | null): Tensor {
  if (ID_to_dtype < 0) ID_to_dtype = resolve("aten::to", "dtype");
  try { return wrap(op(ID_to_dtype, th(self, "self"), dtypeCode(dtype), non_blocking, copy, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","non_blocking","copy","memory_format"], [self, dtype, non_blocking, copy, memory_format]); }
}

let ID_to_dtype_layout = -1;
/** `aten::to.dtype_layout(Tensor(a) self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)` */
export function to_dtype_layout(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, non_blocking?: boolean, copy?: boolean, memory_format?: number | null): Tensor {
  if (ID_to_dtype_layout < 0) ID_to_dtype_layout = resolve("aten::to", "dtype_layout");
  try { return wrap(op(ID_to_dtype_layout, th(self, "self"), dt(dtype), layout, device, pin_memory, non_blocking, copy, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","non_blocking","copy","memory_format"], [self, dtype, layout, device, pin_memory, non_blocking, copy, memory_format]); }
}

let ID_to_other = -1;
/** `aten::to.other(Tensor(a) self, Tensor other, bool non_blocking=False, bool copy=False, MemoryFormat? memory_format=None) -> Tensor(a)` */
export function to_other(self: Tensor, other: Tensor, non_blocking?: boolean, copy?: boolean, memory_format?: number | null): Tensor {
  if (ID_to_other < 0) ID_to_other = resolve("aten::to", "other");
  try { return wrap(op(ID_to_other, th(self, "self"), th(other, "other"), non_blocking, copy, memory_format)); } catch (e) { throw fail(e, ["*self","*other","non_blocking","copy","memory_format"], [self, other, non_blocking, copy, memory_format]); }
}

let ID_to_dense = -1;
/** `aten::to_dense(Tensor self, ScalarType? dtype=None) -> Tensor` */
export function to_dense(self: Tensor, dtype?: DType | null): Tensor {
  if (ID_to_dense < 0) ID_to_dense = resolve("aten::to_dense", "");
  try { return wrap(op(ID_to_dense, th(self, "self"), dt(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_to_dense_backward = -1;
/** `aten::to_dense_backward(Tensor grad, Tensor input) -> Tensor` */
export function to_dense_backward(grad: Tensor, input: Tensor): Tensor {
  if (ID_to_dense_backward < 0) ID_to_dense_backward = resolve("aten::to_dense_backward", "");
  try { return wrap(op(ID_to_dense_backward, th(grad, "grad"), th(input, "input"))); } catch (e) { throw fail(e, ["*grad","*input"], [grad, input]); }
}

let ID_to_mkldnn = -1;
/** `aten::to_mkldnn(Tensor self, ScalarType? dtype=None) -> Tensor` */
export function to_mkldnn(self: Tensor, dtype?: DType | null): Tensor {
  if (ID_to_mkldnn < 0) ID_to_mkldnn = resolve("aten::to_mkldnn", "");
  try { return wrap(op(ID_to_mkldnn, th(self, "self"), dt(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_to_mkldnn_backward = -1;
/** `aten::to_mkldnn_backward(Tensor grad, Tensor input) -> Tensor` */
export function to_mkldnn_backward(grad: Tensor, input: Tensor): Tensor {
  if (ID_to_mkldnn_backward < 0) ID_to_mkldnn_backward = resolve("aten::to_mkldnn_backward", "");
  try { return wrap(op(ID_to_mkldnn_backward, th(grad, "grad"), th(input, "input"))); } catch (e) { throw fail(e, ["*grad","*input"], [grad, input]); }
}

let ID_to_padded_tensor = -1;
/** `aten::to_padded_tensor(Tensor self, float padding, int[]? output_size=None) -> Tensor` */
export function to_padded_tensor(self: Tensor, padding: number, output_size?: number | number[] | null): Tensor {
  if (ID_to_padded_tensor < 0) ID_to_padded_tensor = resolve("aten::to_padded_tensor", "");
  try { return wrap(op(ID_to_padded_tensor, th(self, "self"), padding, output_size)); } catch (e) { throw fail(e, ["*self","padding","output_size"], [self, padding, output_size]); }
}

let ID_to_sparse = -1;
/** `aten::to_sparse(Tensor self) -> Tensor` */
export function to_sparse(self: Tensor): Tensor {
  if (ID_to_sparse < 0) ID_to_sparse = resolve("aten::to_sparse", "");
  try { return wrap(op(ID_to_sparse, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_to_sparse_sparse_dim = -1;
/** `aten::to_sparse.sparse_dim(Tensor self, int sparse_dim) -> Tensor` */
export function to_sparse_sparse_dim(self: Tensor, sparse_dim: number): Tensor {
  if (ID_to_sparse_sparse_dim < 0) ID_to_sparse_sparse_dim = resolve("aten::to_sparse", "sparse_dim");
  try { return wrap(op(ID_to_sparse_sparse_dim, th(self, "self"), sparse_dim)); } catch (e) { throw fail(e, ["*self","sparse_dim"], [self, sparse_dim]); }
}

let ID_to_sparse_bsc = -1;
/** `aten::to_sparse_bsc(Tensor self, int[2] blocksize) -> Tensor` */
export function to_sparse_bsc(self: Tensor, blocksize: number | number[]): Tensor {
  if (ID_to_sparse_bsc < 0) ID_to_sparse_bsc = resolve("aten::to_sparse_bsc", "");
  try { return wrap(op(ID_to_sparse_bsc, th(self, "self"), blocksize)); } catch (e) { throw fail(e, ["*self","blocksize"], [self, blocksize]); }
}

let ID_to_sparse_bsr = -1;
/** `aten::to_sparse_bsr(Tensor self, int[2] blocksize) -> Tensor` */
export function to_sparse_bsr(self: Tensor, blocksize: number | number[]): Tensor {
  if (ID_to_sparse_bsr < 0) ID_to_sparse_bsr = resolve("aten::to_sparse_bsr", "");
  try { return wrap(op(ID_to_sparse_bsr, th(self, "self"), blocksize)); } catch (e) { throw fail(e, ["*self","blocksize"], [self, blocksize]); }
}

let ID_to_sparse_csc = -1;
/** `aten::to_sparse_csc(Tensor self) -> Tensor` */
export function to_sparse_csc(self: Tensor): Tensor {
  if (ID_to_sparse_csc < 0) ID_to_sparse_csc = resolve("aten::to_sparse_csc", "");
  try { return wrap(op(ID_to_sparse_csc, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_to_sparse_csr = -1;
/** `aten::to_sparse_csr(Tensor self) -> Tensor` */
export function to_sparse_csr(self: Tensor): Tensor {
  if (ID_to_sparse_csr < 0) ID_to_sparse_csr = resolve("aten::to_sparse_csr", "");
  try { return wrap(op(ID_to_sparse_csr, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_topk = -1;
/** `aten::topk(Tensor self, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)` */
export function topk(self: Tensor, k: number, dim?: number, largest?: boolean, sorted?: boolean): [Tensor, Tensor] {
  if (ID_topk < 0) ID_topk = resolve("aten::topk", "");
  let r: unknown[];
  try { r = op(ID_topk, th(self, "self"), k, dim, largest, sorted) as unknown[]; } catch (e) { throw fail(e, ["*self","k","dim","largest","sorted"], [self, k, dim, largest, sorted]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_trace = -1;
/** `aten::trace(Tensor self) -> Tensor` */
export function trace(self: Tensor): Tensor {
  if (ID_trace < 0) ID_trace = resolve("aten::trace", "");
  try { return wrap(op(ID_trace, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_trace_backward = -1;
/** `aten::trace_backward(Tensor grad, int[] sizes) -> Tensor` */
export function trace_backward(grad: Tensor, sizes: number | number[]): Tensor {
  if (ID_trace_backward < 0) ID_trace_backward = resolve("aten::trace_backward", "");
  try { return wrap(op(ID_trace_backward, th(grad, "grad"), sizes)); } catch (e) { throw fail(e, ["*grad","sizes"], [grad, sizes]); }
}

let ID_transpose_Dimname = -1;
/** `aten::transpose.Dimname(Tensor(a) self, str dim0, str dim1) -> Tensor(a)` */
export function transpose_Dimname(self: Tensor, dim0: string, dim1: string): Tensor {
  if (ID_transpose_Dimname < 0) ID_transpose_Dimname = resolve("aten::transpose", "Dimname");
  try { return wrap(op(ID_transpose_Dimname, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID_transpose_int = -1;
/** `aten::transpose.int(Tensor(a) self, int dim0, int dim1) -> Tensor(a)` */
export function transpose_int(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID_transpose_int < 0) ID_transpose_int = resolve("aten::transpose", "int");
  try { return wrap(op(ID_transpose_int, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID_transpose_ = -1;
/** `aten::transpose_(Tensor(a!) self, int dim0, int dim1) -> Tensor(a!)` */
export function transpose_(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID_transpose_ < 0) ID_transpose_ = resolve("aten::transpose_", "");
  try { return wrap(op(ID_transpose_, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID_transpose_copy_int = -1;
/** `aten::transpose_copy.int(Tensor self, int dim0, int dim1) -> Tensor` */
export function transpose_copy_int(self: Tensor, dim0: number, dim1: number): Tensor {
  if (ID_transpose_copy_int < 0) ID_transpose_copy_int = resolve("aten::transpose_copy", "int");
  try { return wrap(op(ID_transpose_copy_int, th(self, "self"), dim0, dim1)); } catch (e) { throw fail(e, ["*self","dim0","dim1"], [self, dim0, dim1]); }
}

let ID_trapezoid_dx = -1;
/** `aten::trapezoid.dx(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor` */
export function trapezoid_dx(y: Tensor, dx?: Scalar, dim?: number): Tensor {
  if (ID_trapezoid_dx < 0) ID_trapezoid_dx = resolve("aten::trapezoid", "dx");
  try { return wrap(op(ID_trapezoid_dx, th(y, "y"), dx, dim)); } catch (e) { throw fail(e, ["*y","dx","dim"], [y, dx, dim]); }
}

let ID_trapezoid_x = -1;
/** `aten::trapezoid.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor` */
export function trapezoid_x(y: Tensor, x: Tensor, dim?: number): Tensor {
  if (ID_trapezoid_x < 0) ID_trapezoid_x = resolve("aten::trapezoid", "x");
  try { return wrap(op(ID_trapezoid_x, th(y, "y"), th(x, "x"), dim)); } catch (e) { throw fail(e, ["*y","*x","dim"], [y, x, dim]); }
}

let ID_trapz_dx = -1;
/** `aten::trapz.dx(Tensor y, *, float dx=1., int dim=-1) -> Tensor` */
export function trapz_dx(y: Tensor, dx?: number, dim?: number): Tensor {
  if (ID_trapz_dx < 0) ID_trapz_dx = resolve("aten::trapz", "dx");
  try { return wrap(op(ID_trapz_dx, th(y, "y"), dx, dim)); } catch (e) { throw fail(e, ["*y","dx","dim"], [y, dx, dim]); }
}

let ID_trapz_x = -1;
/** `aten::trapz.x(Tensor y, Tensor x, *, int dim=-1) -> Tensor` */
export function trapz_x(y: Tensor, x: Tensor, dim?: number): Tensor {
  if (ID_trapz_x < 0) ID_trapz_x = resolve("aten::trapz", "x");
  try { return wrap(op(ID_trapz_x, th(y, "y"), th(x, "x"), dim)); } catch (e) { throw fail(e, ["*y","*x","dim"], [y, x, dim]); }
}

let ID_triangular_solve = -1;
/** `aten::triangular_solve(Tensor self, Tensor A, bool upper=True, bool transpose=False, bool unitriangular=False) -> (Tensor solution, Tensor cloned_coefficient)` */
export function triangular_solve(self: Tensor, A: Tensor, upper?: boolean, transpose?: boolean, unitriangular?: boolean): [Tensor, Tensor] {
  if (ID_triangular_solve < 0) ID_triangular_solve = resolve("aten::triangular_solve", "");
  let r: unknown[];
  try { r = op(ID_triangular_solve, th(self, "self"), th(A, "A"), upper, transpose, unitriangular) as unknown[]; } catch (e) { throw fail(e, ["*self","*A","upper","transpose","unitriangular"], [self, A, upper, transpose, unitriangular]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_tril = -1;
/** `aten::tril(Tensor self, int diagonal=0) -> Tensor` */
export function tril(self: Tensor, diagonal?: number): Tensor {
  if (ID_tril < 0) ID_tril = resolve("aten::tril", "");
  try { return wrap(op(ID_tril, th(self, "self"), diagonal)); } catch (e) { throw fail(e, ["*self","diagonal"], [self, diagonal]); }
}

let ID_tril_ = -1;
/** `aten::tril_(Tensor(a!) self, int diagonal=0) -> Tensor(a!)` */
export function tril_(self: Tensor, diagonal?: number): Tensor {
  if (ID_tril_ < 0) ID_tril_ = resolve("aten::tril_", "");
  try { return wrap(op(ID_tril_, th(self, "self"), diagonal)); } catch (e) { throw fail(e, ["*self","diagonal"], [self, diagonal]); }
}

let ID_tril_indices = -1;
/** `aten::tril_indices(int row, int col, int offset=0, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function tril_indices(row: number, col: number, offset?: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_tril_indices < 0) ID_tril_indices = resolve("aten::tril_indices", "");
  try { return wrap(op(ID_tril_indices, row, col, offset, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["row","col","offset","dtype","layout","device","pin_memory"], [row, col, offset, dtype, layout, device, pin_memory]); }
}

let ID_triplet_margin_loss = -1;
/** `aten::triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative, float margin=1., float p=2., float eps=9.9999999999999995e-07, bool swap=False, int reduction=1) -> Tensor` */
export function triplet_margin_loss(anchor: Tensor, positive: Tensor, negative: Tensor, margin?: number, p?: number, eps?: number, swap?: boolean, reduction?: number): Tensor {
  if (ID_triplet_margin_loss < 0) ID_triplet_margin_loss = resolve("aten::triplet_margin_loss", "");
  try { return wrap(op(ID_triplet_margin_loss, th(anchor, "anchor"), th(positive, "positive"), th(negative, "negative"), margin, p, eps, swap, reduction)); } catch (e) { throw fail(e, ["*anchor","*positive","*negative","margin","p","eps","swap","reduction"], [anchor, positive, negative, margin, p, eps, swap, reduction]); }
}

let ID_triu = -1;
/** `aten::triu(Tensor self, int diagonal=0) -> Tensor` */
export function triu(self: Tensor, diagonal?: number): Tensor {
  if (ID_triu < 0) ID_triu = resolve("aten::triu", "");
  try { return wrap(op(ID_triu, th(self, "self"), diagonal)); } catch (e) { throw fail(e, ["*self","diagonal"], [self, diagonal]); }
}

let ID_triu_ = -1;
/** `aten::triu_(Tensor(a!) self, int diagonal=0) -> Tensor(a!)` */
export function triu_(self: Tensor, diagonal?: number): Tensor {
  if (ID_triu_ < 0) ID_triu_ = resolve("aten::triu_", "");
  try { return wrap(op(ID_triu_, th(self, "self"), diagonal)); } catch (e) { throw fail(e, ["*self","diagonal"], [self, diagonal]); }
}

let ID_triu_indices = -1;
/** `aten::triu_indices(int row, int col, int offset=0, *, ScalarType? dtype=4, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function triu_indices(row: number, col: number, offset?: number, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_triu_indices < 0) ID_triu_indices = resolve("aten::triu_indices", "");
  try { return wrap(op(ID_triu_indices, row, col, offset, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["row","col","offset","dtype","layout","device","pin_memory"], [row, col, offset, dtype, layout, device, pin_memory]); }
}

let ID_true_divide_Scalar = -1;
/** `aten::true_divide.Scalar(Tensor self, Scalar other) -> Tensor` */
export function true_divide_Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_true_divide_Scalar < 0) ID_true_divide_Scalar = resolve("aten::true_divide", "Scalar");
  try { return wrap(op(ID_true_divide_Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_true_divide_Tensor = -1;
/** `aten::true_divide.Tensor(Tensor self, Tensor other) -> Tensor` */
export function true_divide_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_true_divide_Tensor < 0) ID_true_divide_Tensor = resolve("aten::true_divide", "Tensor");
  try { return wrap(op(ID_true_divide_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_true_divide__Scalar = -1;
/** `aten::true_divide_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function true_divide__Scalar(self: Tensor, other: Scalar): Tensor {
  if (ID_true_divide__Scalar < 0) ID_true_divide__Scalar = resolve("aten::true_divide_", "Scalar");
  try { return wrap(op(ID_true_divide__Scalar, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_true_divide__Tensor = -1;
/** `aten::true_divide_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function true_divide__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_true_divide__Tensor < 0) ID_true_divide__Tensor = resolve("aten::true_divide_", "Tensor");
  try { return wrap(op(ID_true_divide__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_trunc = -1;
/** `aten::trunc(Tensor self) -> Tensor` */
export function trunc(self: Tensor): Tensor {
  if (ID_trunc < 0) ID_trunc = resolve("aten::trunc", "");
  try { return wrap(op(ID_trunc, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_trunc_ = -1;
/** `aten::trunc_(Tensor(a!) self) -> Tensor(a!)` */
export function trunc_(self: Tensor): Tensor {
  if (ID_trunc_ < 0) ID_trunc_ = resolve("aten::trunc_", "");
  try { return wrap(op(ID_trunc_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_type_as = -1;
/** `aten::type_as(Tensor self, Tensor other) -> Tensor` */
export function type_as(self: Tensor, other: Tensor): Tensor {
  if (ID_type_as < 0) ID_type_as = resolve("aten::type_as", "");
  try { return wrap(op(ID_type_as, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_unbind_Dimname = -1;
/** `aten::unbind.Dimname(Tensor(a -> *) self, str dim) -> Tensor(a)[]` */
export function unbind_Dimname(self: Tensor, dim: string): Tensor[] {
  if (ID_unbind_Dimname < 0) ID_unbind_Dimname = resolve("aten::unbind", "Dimname");
  try { return wrapList(op(ID_unbind_Dimname, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_unbind_int = -1;
/** `aten::unbind.int(Tensor(a -> *) self, int dim=0) -> Tensor(a)[]` */
export function unbind_int(self: Tensor, dim?: number): Tensor[] {
  if (ID_unbind_int < 0) ID_unbind_int = resolve("aten::unbind", "int");
  try { return wrapList(op(ID_unbind_int, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_unbind_copy_int = -1;
/** `aten::unbind_copy.int(Tensor self, int dim=0) -> Tensor[]` */
export function unbind_copy_int(self: Tensor, dim?: number): Tensor[] {
  if (ID_unbind_copy_int < 0) ID_unbind_copy_int = resolve("aten::unbind_copy", "int");
  try { return wrapList(op(ID_unbind_copy_int, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_unflatten_int = -1;
/** `aten::unflatten.int(Tensor(a) self, int dim, int[] sizes) -> Tensor(a)` */
export function unflatten_int(self: Tensor, dim: number, sizes: number | number[]): Tensor {
  if (ID_unflatten_int < 0) ID_unflatten_int = resolve("aten::unflatten", "int");
  try { return wrap(op(ID_unflatten_int, th(self, "self"), dim, sizes)); } catch (e) { throw fail(e, ["*self","dim","sizes"], [self, dim, sizes]); }
}

let ID_unflatten_dense_tensors = -1;
/** `aten::unflatten_dense_tensors(Tensor flat, Tensor[] tensors) -> Tensor[]` */
export function unflatten_dense_tensors(flat: Tensor, tensors: Tensor[]): Tensor[] {
  if (ID_unflatten_dense_tensors < 0) ID_unflatten_dense_tensors = resolve("aten::unflatten_dense_tensors", "");
  try { return wrapList(op(ID_unflatten_dense_tensors, th(flat, "flat"), ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["*flat","tensors"], [flat, tensors]); }
}

let ID_unfold = -1;
/** `aten::unfold(Tensor(a) self, int dimension, int size, int step) -> Tensor(a)` */
export function unfold(self: Tensor, dimension: number, size: number, step: number): Tensor {
  if (ID_unfold < 0) ID_unfold = resolve("aten::unfold", "");
  try { return wrap(op(ID_unfold, th(self, "self"), dimension, size, step)); } catch (e) { throw fail(e, ["*self","dimension","size","step"], [self, dimension, size, step]); }
}

let ID_unfold_backward = -1;
/** `aten::unfold_backward(Tensor grad_in, int[] input_sizes, int dim, int size, int step) -> Tensor` */
export function unfold_backward(grad_in: Tensor, input_sizes: number | number[], dim: number, size: number, step: number): Tensor {
  if (ID_unfold_backward < 0) ID_unfold_backward = resolve("aten::unfold_backward", "");
  try { return wrap(op(ID_unfold_backward, th(grad_in, "grad_in"), input_sizes, dim, size, step)); } catch (e) { throw fail(e, ["*grad_in","input_sizes","dim","size","step"], [grad_in, input_sizes, dim, size, step]); }
}

let ID_unfold_copy = -1;
/** `aten::unfold_copy(Tensor self, int dimension, int size, int step) -> Tensor` */
export function unfold_copy(self: Tensor, dimension: number, size: number, step: number): Tensor {
  if (ID_unfold_copy < 0) ID_unfold_copy = resolve("aten::unfold_copy", "");
  try { return wrap(op(ID_unfold_copy, th(self, "self"), dimension, size, step)); } catch (e) { throw fail(e, ["*self","dimension","size","step"], [self, dimension, size, step]); }
}

let ID_uniform = -1;
/** `aten::uniform(Tensor self, float from=0., float to=1., *, Generator? generator=None) -> Tensor` */
export function uniform(self: Tensor, from?: number, to?: number): Tensor {
  if (ID_uniform < 0) ID_uniform = resolve("aten::uniform", "");
  try { return wrap(op(ID_uniform, th(self, "self"), from, to, undefined)); } catch (e) { throw fail(e, ["*self","from","to","generator"], [self, from, to, undefined]); }
}

let ID_uniform_ = -1;
/** `aten::uniform_(Tensor(a!) self, float from=0., float to=1., *, Generator? generator=None) -> Tensor(a!)` */
export function uniform_(self: Tensor, from?: number, to?: number): Tensor {
  if (ID_uniform_ < 0) ID_uniform_ = resolve("aten::uniform_", "");
  try { return wrap(op(ID_uniform_, th(self, "self"), from, to, undefined)); } catch (e) { throw fail(e, ["*self","from","to","generator"], [self, from, to, undefined]); }
}

let ID_unique_consecutive = -1;
/** `aten::unique_consecutive(Tensor self, bool return_inverse=False, bool return_counts=False, int? dim=None) -> (Tensor, Tensor, Tensor)` */
export function unique_consecutive(self: Tensor, return_inverse?: boolean, return_counts?: boolean, dim?: number | null): [Tensor, Tensor, Tensor] {
  if (ID_unique_consecutive < 0) ID_unique_consecutive = resolve("aten::unique_consecutive", "");
  let r: unknown[];
  try { r = op(ID_unique_consecutive, th(self, "self"), return_inverse, return_counts, dim) as unknown[]; } catch (e) { throw fail(e, ["*self","return_inverse","return_counts","dim"], [self, return_inverse, return_counts, dim]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_unique_dim = -1;
/** `aten::unique_dim(Tensor self, int dim, bool sorted=True, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)` */
export function unique_dim(self: Tensor, dim: number, sorted?: boolean, return_inverse?: boolean, return_counts?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_unique_dim < 0) ID_unique_dim = resolve("aten::unique_dim", "");
  let r: unknown[];
  try { r = op(ID_unique_dim, th(self, "self"), dim, sorted, return_inverse, return_counts) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","sorted","return_inverse","return_counts"], [self, dim, sorted, return_inverse, return_counts]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_unique_dim_consecutive = -1;
/** `aten::unique_dim_consecutive(Tensor self, int dim, bool return_inverse=False, bool return_counts=False) -> (Tensor, Tensor, Tensor)` */
export function unique_dim_consecutive(self: Tensor, dim: number, return_inverse?: boolean, return_counts?: boolean): [Tensor, Tensor, Tensor] {
  if (ID_unique_dim_consecutive < 0) ID_unique_dim_consecutive = resolve("aten::unique_dim_consecutive", "");
  let r: unknown[];
  try { r = op(ID_unique_dim_consecutive, th(self, "self"), dim, return_inverse, return_counts) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","return_inverse","return_counts"], [self, dim, return_inverse, return_counts]); }
  return [wrap(r[0]), wrap(r[1]), wrap(r[2])];
}

let ID_unsafe_chunk = -1;
/** `aten::unsafe_chunk(Tensor self, int chunks, int dim=0) -> Tensor[]` */
export function unsafe_chunk(self: Tensor, chunks: number, dim?: number): Tensor[] {
  if (ID_unsafe_chunk < 0) ID_unsafe_chunk = resolve("aten::unsafe_chunk", "");
  try { return wrapList(op(ID_unsafe_chunk, th(self, "self"), chunks, dim)); } catch (e) { throw fail(e, ["*self","chunks","dim"], [self, chunks, dim]); }
}

let ID_unsafe_split_Tensor = -1;
/** `aten::unsafe_split.Tensor(Tensor self, int split_size, int dim=0) -> Tensor[]` */
export function unsafe_split_Tensor(self: Tensor, split_size: number, dim?: number): Tensor[] {
  if (ID_unsafe_split_Tensor < 0) ID_unsafe_split_Tensor = resolve("aten::unsafe_split", "Tensor");
  try { return wrapList(op(ID_unsafe_split_Tensor, th(self, "self"), split_size, dim)); } catch (e) { throw fail(e, ["*self","split_size","dim"], [self, split_size, dim]); }
}

let ID_unsafe_split_with_sizes = -1;
/** `aten::unsafe_split_with_sizes(Tensor self, int[] split_sizes, int dim=0) -> Tensor[]` */
export function unsafe_split_with_sizes(self: Tensor, split_sizes: number | number[], dim?: number): Tensor[] {
  if (ID_unsafe_split_with_sizes < 0) ID_unsafe_split_with_sizes = resolve("aten::unsafe_split_with_sizes", "");
  try { return wrapList(op(ID_unsafe_split_with_sizes, th(self, "self"), split_sizes, dim)); } catch (e) { throw fail(e, ["*self","split_sizes","dim"], [self, split_sizes, dim]); }
}

let ID_unsqueeze = -1;
/** `aten::unsqueeze(Tensor(a) self, int dim) -> Tensor(a)` */
export function unsqueeze(self: Tensor, dim: number): Tensor {
  if (ID_unsqueeze < 0) ID_unsqueeze = resolve("aten::unsqueeze", "");
  try { return wrap(op(ID_unsqueeze, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_unsqueeze_ = -1;
/** `aten::unsqueeze_(Tensor(a!) self, int dim) -> Tensor(a!)` */
export function unsqueeze_(self: Tensor, dim: number): Tensor {
  if (ID_unsqueeze_ < 0) ID_unsqueeze_ = resolve("aten::unsqueeze_", "");
  try { return wrap(op(ID_unsqueeze_, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_unsqueeze_copy = -1;
/** `aten::unsqueeze_copy(Tensor self, int dim) -> Tensor` */
export function unsqueeze_copy(self: Tensor, dim: number): Tensor {
  if (ID_unsqueeze_copy < 0) ID_unsqueeze_copy = resolve("aten::unsqueeze_copy", "");
  try { return wrap(op(ID_unsqueeze_copy, th(self, "self"), dim)); } catch (e) { throw fail(e, ["*self","dim"], [self, dim]); }
}

let ID_upsample_bicubic2d = -1;
/** `aten::upsample_bicubic2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_bicubic2d(self: Tensor, output_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_bicubic2d < 0) ID_upsample_bicubic2d = resolve("aten::upsample_bicubic2d", "");
  try { return wrap(op(ID_upsample_bicubic2d, th(self, "self"), output_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","align_corners","scales_h","scales_w"], [self, output_size, align_corners, scales_h, scales_w]); }
}

let ID_upsample_bicubic2d_vec = -1;
/** `aten::upsample_bicubic2d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_bicubic2d_vec(input: Tensor, output_size: number | number[] | null | undefined, align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_bicubic2d_vec < 0) ID_upsample_bicubic2d_vec = resolve("aten::upsample_bicubic2d", "vec");
  try { return wrap(op(ID_upsample_bicubic2d_vec, th(input, "input"), output_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","align_corners","scale_factors"], [input, output_size, align_corners, scale_factors]); }
}

let ID_upsample_bicubic2d_backward = -1;
/** `aten::upsample_bicubic2d_backward(Tensor grad_output, SymInt[2] output_size, SymInt[4] input_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_bicubic2d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_bicubic2d_backward < 0) ID_upsample_bicubic2d_backward = resolve("aten::upsample_bicubic2d_backward", "");
  try { return wrap(op(ID_upsample_bicubic2d_backward, th(grad_output, "grad_output"), output_size, input_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scales_h","scales_w"], [grad_output, output_size, input_size, align_corners, scales_h, scales_w]); }
}

let ID_upsample_bicubic2d_backward_vec = -1;
/** `aten::upsample_bicubic2d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_bicubic2d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_bicubic2d_backward_vec < 0) ID_upsample_bicubic2d_backward_vec = resolve("aten::upsample_bicubic2d_backward", "vec");
  try { return wrap(op(ID_upsample_bicubic2d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scale_factors"], [grad_output, output_size, input_size, align_corners, scale_factors]); }
}

let ID_upsample_bilinear2d = -1;
/** `aten::upsample_bilinear2d(Tensor self, SymInt[2] output_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_bilinear2d(self: Tensor, output_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_bilinear2d < 0) ID_upsample_bilinear2d = resolve("aten::upsample_bilinear2d", "");
  try { return wrap(op(ID_upsample_bilinear2d, th(self, "self"), output_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","align_corners","scales_h","scales_w"], [self, output_size, align_corners, scales_h, scales_w]); }
}

let ID_upsample_bilinear2d_vec = -1;
/** `aten::upsample_bilinear2d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_bilinear2d_vec(input: Tensor, output_size: number | number[] | null | undefined, align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_bilinear2d_vec < 0) ID_upsample_bilinear2d_vec = resolve("aten::upsample_bilinear2d", "vec");
  try { return wrap(op(ID_upsample_bilinear2d_vec, th(input, "input"), output_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","align_corners","scale_factors"], [input, output_size, align_corners, scale_factors]); }
}

let ID_upsample_bilinear2d_backward = -1;
/** `aten::upsample_bilinear2d_backward(Tensor grad_output, SymInt[2] output_size, SymInt[4] input_size, bool align_corners, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_bilinear2d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], align_corners: boolean, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_bilinear2d_backward < 0) ID_upsample_bilinear2d_backward = resolve("aten::upsample_bilinear2d_backward", "");
  try { return wrap(op(ID_upsample_bilinear2d_backward, th(grad_output, "grad_output"), output_size, input_size, align_corners, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scales_h","scales_w"], [grad_output, output_size, input_size, align_corners, scales_h, scales_w]); }
}

let ID_upsample_bilinear2d_backward_vec = -1;
/** `aten::upsample_bilinear2d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_bilinear2d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_bilinear2d_backward_vec < 0) ID_upsample_bilinear2d_backward_vec = resolve("aten::upsample_bilinear2d_backward", "vec");
  try { return wrap(op(ID_upsample_bilinear2d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scale_factors"], [grad_output, output_size, input_size, align_corners, scale_factors]); }
}

let ID_upsample_linear1d = -1;
/** `aten::upsample_linear1d(Tensor self, SymInt[1] output_size, bool align_corners, float? scales=None) -> Tensor` */
export function upsample_linear1d(self: Tensor, output_size: number | number[], align_corners: boolean, scales?: number | null): Tensor {
  if (ID_upsample_linear1d < 0) ID_upsample_linear1d = resolve("aten::upsample_linear1d", "");
  try { return wrap(op(ID_upsample_linear1d, th(self, "self"), output_size, align_corners, scales)); } catch (e) { throw fail(e, ["*self","output_size","align_corners","scales"], [self, output_size, align_corners, scales]); }
}

let ID_upsample_linear1d_vec = -1;
/** `aten::upsample_linear1d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_linear1d_vec(input: Tensor, output_size: number | number[] | null | undefined, align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_linear1d_vec < 0) ID_upsample_linear1d_vec = resolve("aten::upsample_linear1d", "vec");
  try { return wrap(op(ID_upsample_linear1d_vec, th(input, "input"), output_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","align_corners","scale_factors"], [input, output_size, align_corners, scale_factors]); }
}

let ID_upsample_linear1d_backward = -1;
/** `aten::upsample_linear1d_backward(Tensor grad_output, SymInt[1] output_size, SymInt[3] input_size, bool align_corners, float? scales=None) -> Tensor` */
export function upsample_linear1d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], align_corners: boolean, scales?: number | null): Tensor {
  if (ID_upsample_linear1d_backward < 0) ID_upsample_linear1d_backward = resolve("aten::upsample_linear1d_backward", "");
  try { return wrap(op(ID_upsample_linear1d_backward, th(grad_output, "grad_output"), output_size, input_size, align_corners, scales)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scales"], [grad_output, output_size, input_size, align_corners, scales]); }
}

let ID_upsample_linear1d_backward_vec = -1;
/** `aten::upsample_linear1d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_linear1d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_linear1d_backward_vec < 0) ID_upsample_linear1d_backward_vec = resolve("aten::upsample_linear1d_backward", "vec");
  try { return wrap(op(ID_upsample_linear1d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scale_factors"], [grad_output, output_size, input_size, align_corners, scale_factors]); }
}

let ID_upsample_nearest1d = -1;
/** `aten::upsample_nearest1d(Tensor self, SymInt[1] output_size, float? scales=None) -> Tensor` */
export function upsample_nearest1d(self: Tensor, output_size: number | number[], scales?: number | null): Tensor {
  if (ID_upsample_nearest1d < 0) ID_upsample_nearest1d = resolve("aten::upsample_nearest1d", "");
  try { return wrap(op(ID_upsample_nearest1d, th(self, "self"), output_size, scales)); } catch (e) { throw fail(e, ["*self","output_size","scales"], [self, output_size, scales]); }
}

let ID_upsample_nearest1d_vec = -1;
/** `aten::upsample_nearest1d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor` */
export function upsample_nearest1d_vec(input: Tensor, output_size?: number | number[] | null, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_nearest1d_vec < 0) ID_upsample_nearest1d_vec = resolve("aten::upsample_nearest1d", "vec");
  try { return wrap(op(ID_upsample_nearest1d_vec, th(input, "input"), output_size, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","scale_factors"], [input, output_size, scale_factors]); }
}

let ID_upsample_nearest1d_backward = -1;
/** `aten::upsample_nearest1d_backward(Tensor grad_output, SymInt[1] output_size, SymInt[3] input_size, float? scales=None) -> Tensor` */
export function upsample_nearest1d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], scales?: number | null): Tensor {
  if (ID_upsample_nearest1d_backward < 0) ID_upsample_nearest1d_backward = resolve("aten::upsample_nearest1d_backward", "");
  try { return wrap(op(ID_upsample_nearest1d_backward, th(grad_output, "grad_output"), output_size, input_size, scales)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scales"], [grad_output, output_size, input_size, scales]); }
}

let ID_upsample_nearest1d_backward_vec = -1;
/** `aten::upsample_nearest1d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, float[]? scale_factors) -> Tensor` */
export function upsample_nearest1d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], scale_factors?: number[] | null): Tensor {
  if (ID_upsample_nearest1d_backward_vec < 0) ID_upsample_nearest1d_backward_vec = resolve("aten::upsample_nearest1d_backward", "vec");
  try { return wrap(op(ID_upsample_nearest1d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scale_factors"], [grad_output, output_size, input_size, scale_factors]); }
}

let ID_upsample_nearest2d = -1;
/** `aten::upsample_nearest2d(Tensor self, SymInt[2] output_size, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_nearest2d(self: Tensor, output_size: number | number[], scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_nearest2d < 0) ID_upsample_nearest2d = resolve("aten::upsample_nearest2d", "");
  try { return wrap(op(ID_upsample_nearest2d, th(self, "self"), output_size, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","scales_h","scales_w"], [self, output_size, scales_h, scales_w]); }
}

let ID_upsample_nearest2d_vec = -1;
/** `aten::upsample_nearest2d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor` */
export function upsample_nearest2d_vec(input: Tensor, output_size?: number | number[] | null, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_nearest2d_vec < 0) ID_upsample_nearest2d_vec = resolve("aten::upsample_nearest2d", "vec");
  try { return wrap(op(ID_upsample_nearest2d_vec, th(input, "input"), output_size, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","scale_factors"], [input, output_size, scale_factors]); }
}

let ID_upsample_nearest2d_backward = -1;
/** `aten::upsample_nearest2d_backward(Tensor grad_output, SymInt[2] output_size, SymInt[4] input_size, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_nearest2d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_nearest2d_backward < 0) ID_upsample_nearest2d_backward = resolve("aten::upsample_nearest2d_backward", "");
  try { return wrap(op(ID_upsample_nearest2d_backward, th(grad_output, "grad_output"), output_size, input_size, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scales_h","scales_w"], [grad_output, output_size, input_size, scales_h, scales_w]); }
}

let ID_upsample_nearest2d_backward_vec = -1;
/** `aten::upsample_nearest2d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, float[]? scale_factors) -> Tensor` */
export function upsample_nearest2d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], scale_factors?: number[] | null): Tensor {
  if (ID_upsample_nearest2d_backward_vec < 0) ID_upsample_nearest2d_backward_vec = resolve("aten::upsample_nearest2d_backward", "vec");
  try { return wrap(op(ID_upsample_nearest2d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scale_factors"], [grad_output, output_size, input_size, scale_factors]); }
}

let ID_upsample_nearest3d = -1;
/** `aten::upsample_nearest3d(Tensor self, SymInt[3] output_size, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_nearest3d(self: Tensor, output_size: number | number[], scales_d?: number | null, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_nearest3d < 0) ID_upsample_nearest3d = resolve("aten::upsample_nearest3d", "");
  try { return wrap(op(ID_upsample_nearest3d, th(self, "self"), output_size, scales_d, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","scales_d","scales_h","scales_w"], [self, output_size, scales_d, scales_h, scales_w]); }
}

let ID_upsample_nearest3d_vec = -1;
/** `aten::upsample_nearest3d.vec(Tensor input, SymInt[]? output_size, float[]? scale_factors) -> Tensor` */
export function upsample_nearest3d_vec(input: Tensor, output_size?: number | number[] | null, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_nearest3d_vec < 0) ID_upsample_nearest3d_vec = resolve("aten::upsample_nearest3d", "vec");
  try { return wrap(op(ID_upsample_nearest3d_vec, th(input, "input"), output_size, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","scale_factors"], [input, output_size, scale_factors]); }
}

let ID_upsample_nearest3d_backward = -1;
/** `aten::upsample_nearest3d_backward(Tensor grad_output, SymInt[3] output_size, SymInt[5] input_size, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_nearest3d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], scales_d?: number | null, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_nearest3d_backward < 0) ID_upsample_nearest3d_backward = resolve("aten::upsample_nearest3d_backward", "");
  try { return wrap(op(ID_upsample_nearest3d_backward, th(grad_output, "grad_output"), output_size, input_size, scales_d, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scales_d","scales_h","scales_w"], [grad_output, output_size, input_size, scales_d, scales_h, scales_w]); }
}

let ID_upsample_nearest3d_backward_vec = -1;
/** `aten::upsample_nearest3d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, float[]? scale_factors) -> Tensor` */
export function upsample_nearest3d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], scale_factors?: number[] | null): Tensor {
  if (ID_upsample_nearest3d_backward_vec < 0) ID_upsample_nearest3d_backward_vec = resolve("aten::upsample_nearest3d_backward", "vec");
  try { return wrap(op(ID_upsample_nearest3d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","scale_factors"], [grad_output, output_size, input_size, scale_factors]); }
}

let ID_upsample_trilinear3d = -1;
/** `aten::upsample_trilinear3d(Tensor self, SymInt[3] output_size, bool align_corners, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_trilinear3d(self: Tensor, output_size: number | number[], align_corners: boolean, scales_d?: number | null, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_trilinear3d < 0) ID_upsample_trilinear3d = resolve("aten::upsample_trilinear3d", "");
  try { return wrap(op(ID_upsample_trilinear3d, th(self, "self"), output_size, align_corners, scales_d, scales_h, scales_w)); } catch (e) { throw fail(e, ["*self","output_size","align_corners","scales_d","scales_h","scales_w"], [self, output_size, align_corners, scales_d, scales_h, scales_w]); }
}

let ID_upsample_trilinear3d_vec = -1;
/** `aten::upsample_trilinear3d.vec(Tensor input, SymInt[]? output_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_trilinear3d_vec(input: Tensor, output_size: number | number[] | null | undefined, align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_trilinear3d_vec < 0) ID_upsample_trilinear3d_vec = resolve("aten::upsample_trilinear3d", "vec");
  try { return wrap(op(ID_upsample_trilinear3d_vec, th(input, "input"), output_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*input","output_size","align_corners","scale_factors"], [input, output_size, align_corners, scale_factors]); }
}

let ID_upsample_trilinear3d_backward = -1;
/** `aten::upsample_trilinear3d_backward(Tensor grad_output, SymInt[3] output_size, SymInt[5] input_size, bool align_corners, float? scales_d=None, float? scales_h=None, float? scales_w=None) -> Tensor` */
export function upsample_trilinear3d_backward(grad_output: Tensor, output_size: number | number[], input_size: number | number[], align_corners: boolean, scales_d?: number | null, scales_h?: number | null, scales_w?: number | null): Tensor {
  if (ID_upsample_trilinear3d_backward < 0) ID_upsample_trilinear3d_backward = resolve("aten::upsample_trilinear3d_backward", "");
  try { return wrap(op(ID_upsample_trilinear3d_backward, th(grad_output, "grad_output"), output_size, input_size, align_corners, scales_d, scales_h, scales_w)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scales_d","scales_h","scales_w"], [grad_output, output_size, input_size, align_corners, scales_d, scales_h, scales_w]); }
}

let ID_upsample_trilinear3d_backward_vec = -1;
/** `aten::upsample_trilinear3d_backward.vec(Tensor grad_output, SymInt[]? output_size, SymInt[] input_size, bool align_corners, float[]? scale_factors) -> Tensor` */
export function upsample_trilinear3d_backward_vec(grad_output: Tensor, output_size: number | number[] | null | undefined, input_size: number | number[], align_corners: boolean, scale_factors?: number[] | null): Tensor {
  if (ID_upsample_trilinear3d_backward_vec < 0) ID_upsample_trilinear3d_backward_vec = resolve("aten::upsample_trilinear3d_backward", "vec");
  try { return wrap(op(ID_upsample_trilinear3d_backward_vec, th(grad_output, "grad_output"), output_size, input_size, align_corners, scale_factors)); } catch (e) { throw fail(e, ["*grad_output","output_size","input_size","align_corners","scale_factors"], [grad_output, output_size, input_size, align_corners, scale_factors]); }
}

let ID_value_selecting_reduction_backward = -1;
/** `aten::value_selecting_reduction_backward(Tensor grad, int dim, Tensor indices, int[] sizes, bool keepdim) -> Tensor` */
export function value_selecting_reduction_backward(grad: Tensor, dim: number, indices: Tensor, sizes: number | number[], keepdim: boolean): Tensor {
  if (ID_value_selecting_reduction_backward < 0) ID_value_selecting_reduction_backward = resolve("aten::value_selecting_reduction_backward", "");
  try { return wrap(op(ID_value_selecting_reduction_backward, th(grad, "grad"), dim, th(indices, "indices"), sizes, keepdim)); } catch (e) { throw fail(e, ["*grad","dim","*indices","sizes","keepdim"], [grad, dim, indices, sizes, keepdim]); }
}

let ID_values = -1;
/** `aten::values(Tensor(a) self) -> Tensor(a)` */
export function values(self: Tensor): Tensor {
  if (ID_values < 0) ID_values = resolve("aten::values", "");
  try { return wrap(op(ID_values, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_values_copy = -1;
/** `aten::values_copy(Tensor self) -> Tensor` */
export function values_copy(self: Tensor): Tensor {
  if (ID_values_copy < 0) ID_values_copy = resolve("aten::values_copy", "");
  try { return wrap(op(ID_values_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_vander = -1;
/** `aten::vander(Tensor x, int? N=None, bool increasing=False) -> Tensor` */
export function vander(x: Tensor, N?: number | null, increasing?: boolean): Tensor {
  if (ID_vander < 0) ID_vander = resolve("aten::vander", "");
  try { return wrap(op(ID_vander, th(x, "x"), N, increasing)); } catch (e) { throw fail(e, ["*x","N","increasing"], [x, N, increasing]); }
}

let ID_var_op = -1;
/** `aten::var(Tensor self, bool unbiased=True) -> Tensor` */
export function var_op(self: Tensor, unbiased?: boolean): Tensor {
  if (ID_var_op < 0) ID_var_op = resolve("aten::var", "");
  try { return wrap(op(ID_var_op, th(self, "self"), unbiased)); } catch (e) { throw fail(e, ["*self","unbiased"], [self, unbiased]); }
}

let ID_var_correction = -1;
/** `aten::var.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> Tensor` */
export function var_correction(self: Tensor, dim?: number | number[] | null, correction?: number | null, keepdim?: boolean): Tensor {
  if (ID_var_correction < 0) ID_var_correction = resolve("aten::var", "correction");
  try { return wrap(op(ID_var_correction, th(self, "self"), dim, correction, keepdim)); } catch (e) { throw fail(e, ["*self","dim","correction","keepdim"], [self, dim, correction, keepdim]); }
}

let ID_var_dim = -1;
/** `aten::var.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor` */
export function var_dim(self: Tensor, dim?: number | number[] | null, unbiased?: boolean, keepdim?: boolean): Tensor {
  if (ID_var_dim < 0) ID_var_dim = resolve("aten::var", "dim");
  try { return wrap(op(ID_var_dim, th(self, "self"), dim, unbiased, keepdim)); } catch (e) { throw fail(e, ["*self","dim","unbiased","keepdim"], [self, dim, unbiased, keepdim]); }
}

let ID_var_mean = -1;
/** `aten::var_mean(Tensor self, bool unbiased=True) -> (Tensor, Tensor)` */
export function var_mean(self: Tensor, unbiased?: boolean): [Tensor, Tensor] {
  if (ID_var_mean < 0) ID_var_mean = resolve("aten::var_mean", "");
  let r: unknown[];
  try { r = op(ID_var_mean, th(self, "self"), unbiased) as unknown[]; } catch (e) { throw fail(e, ["*self","unbiased"], [self, unbiased]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_var_mean_correction = -1;
/** `aten::var_mean.correction(Tensor self, int[1]? dim, *, int? correction, bool keepdim=False) -> (Tensor, Tensor)` */
export function var_mean_correction(self: Tensor, dim?: number | number[] | null, correction?: number | null, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_var_mean_correction < 0) ID_var_mean_correction = resolve("aten::var_mean", "correction");
  let r: unknown[];
  try { r = op(ID_var_mean_correction, th(self, "self"), dim, correction, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","correction","keepdim"], [self, dim, correction, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_var_mean_dim = -1;
/** `aten::var_mean.dim(Tensor self, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor, Tensor)` */
export function var_mean_dim(self: Tensor, dim?: number | number[] | null, unbiased?: boolean, keepdim?: boolean): [Tensor, Tensor] {
  if (ID_var_mean_dim < 0) ID_var_mean_dim = resolve("aten::var_mean", "dim");
  let r: unknown[];
  try { r = op(ID_var_mean_dim, th(self, "self"), dim, unbiased, keepdim) as unknown[]; } catch (e) { throw fail(e, ["*self","dim","unbiased","keepdim"], [self, dim, unbiased, keepdim]); }
  return [wrap(r[0]), wrap(r[1])];
}

let ID_vdot = -1;
/** `aten::vdot(Tensor self, Tensor other) -> Tensor` */
export function vdot(self: Tensor, other: Tensor): Tensor {
  if (ID_vdot < 0) ID_vdot = resolve("aten::vdot", "");
  try { return wrap(op(ID_vdot, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_view = -1;
/** `aten::view(Tensor(a) self, SymInt[] size) -> Tensor(a)` */
export function view(self: Tensor, size: number | number[]): Tensor {
  if (ID_view < 0) ID_view = resolve("aten::view", "");
  try { return wrap(op(ID_view, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID_view_dtype = -1;
/** `aten::view.dtype(Tensor(a) self, ScalarType dtype) -> Tensor(a)` */
export function view_dtype(self: Tensor, dtype: DType): Tensor {
  if (ID_view_dtype < 0) ID_view_dtype = resolve("aten::view", "dtype");
  try { return wrap(op(ID_view_dtype, th(self, "self"), dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_view_as = -1;
/** `aten::view_as(Tensor(a) self, Tensor other) -> Tensor(a)` */
export function view_as(self: Tensor, other: Tensor): Tensor {
  if (ID_view_as < 0) ID_view_as = resolve("aten::view_as", "");
  try { return wrap(op(ID_view_as, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_view_as_complex = -1;
/** `aten::view_as_complex(Tensor(a) self) -> Tensor(a)` */
export function view_as_complex(self: Tensor): Tensor {
  if (ID_view_as_complex < 0) ID_view_as_complex = resolve("aten::view_as_complex", "");
  try { return wrap(op(ID_view_as_complex, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_view_as_complex_copy = -1;
/** `aten::view_as_complex_copy(Tensor self) -> Tensor` */
export function view_as_complex_copy(self: Tensor): Tensor {
  if (ID_view_as_complex_copy < 0) ID_view_as_complex_copy = resolve("aten::view_as_complex_copy", "");
  try { return wrap(op(ID_view_as_complex_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_view_as_real = -1;
/** `aten::view_as_real(Tensor(a) self) -> Tensor(a)` */
export function view_as_real(self: Tensor): Tensor {
  if (ID_view_as_real < 0) ID_view_as_real = resolve("aten::view_as_real", "");
  try { return wrap(op(ID_view_as_real, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_view_as_real_copy = -1;
/** `aten::view_as_real_copy(Tensor self) -> Tensor` */
export function view_as_real_copy(self: Tensor): Tensor {
  if (ID_view_as_real_copy < 0) ID_view_as_real_copy = resolve("aten::view_as_real_copy", "");
  try { return wrap(op(ID_view_as_real_copy, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_view_copy = -1;
/** `aten::view_copy(Tensor self, SymInt[] size) -> Tensor` */
export function view_copy(self: Tensor, size: number | number[]): Tensor {
  if (ID_view_copy < 0) ID_view_copy = resolve("aten::view_copy", "");
  try { return wrap(op(ID_view_copy, th(self, "self"), size)); } catch (e) { throw fail(e, ["*self","size"], [self, size]); }
}

let ID_view_copy_dtype = -1;
/** `aten::view_copy.dtype(Tensor self, ScalarType dtype) -> Tensor` */
export function view_copy_dtype(self: Tensor, dtype: DType): Tensor {
  if (ID_view_copy_dtype < 0) ID_view_copy_dtype = resolve("aten::view_copy", "dtype");
  try { return wrap(op(ID_view_copy_dtype, th(self, "self"), dtypeCode(dtype))); } catch (e) { throw fail(e, ["*self","dtype"], [self, dtype]); }
}

let ID_vsplit_array = -1;
/** `aten::vsplit.array(Tensor(a -> *) self, int[] indices) -> Tensor(a)[]` */
export function vsplit_array(self: Tensor, indices: number | number[]): Tensor[] {
  if (ID_vsplit_array < 0) ID_vsplit_array = resolve("aten::vsplit", "array");
  try { return wrapList(op(ID_vsplit_array, th(self, "self"), indices)); } catch (e) { throw fail(e, ["*self","indices"], [self, indices]); }
}

let ID_vsplit_int = -1;
/** `aten::vsplit.int(Tensor(a -> *) self, int sections) -> Tensor(a)[]` */
export function vsplit_int(self: Tensor, sections: number): Tensor[] {
  if (ID_vsplit_int < 0) ID_vsplit_int = resolve("aten::vsplit", "int");
  try { return wrapList(op(ID_vsplit_int, th(self, "self"), sections)); } catch (e) { throw fail(e, ["*self","sections"], [self, sections]); }
}

let ID_vstack = -1;
/** `aten::vstack(Tensor[] tensors) -> Tensor` */
export function vstack(tensors: Tensor[]): Tensor {
  if (ID_vstack < 0) ID_vstack = resolve("aten::vstack", "");
  try { return wrap(op(ID_vstack, ths(tensors, "tensors"))); } catch (e) { throw fail(e, ["tensors"], [tensors]); }
}

let ID_where = -1;
/** `aten::where(Tensor condition) -> Tensor[]` */
export function where(condition: Tensor): Tensor[] {
  if (ID_where < 0) ID_where = resolve("aten::where", "");
  try { return wrapList(op(ID_where, th(condition, "condition"))); } catch (e) { throw fail(e, ["*condition"], [condition]); }
}

let ID_where_Scalar = -1;
/** `aten::where.Scalar(Tensor condition, Scalar self, Scalar other) -> Tensor` */
export function where_Scalar(condition: Tensor, self: Scalar, other: Scalar): Tensor {
  if (ID_where_Scalar < 0) ID_where_Scalar = resolve("aten::where", "Scalar");
  try { return wrap(op(ID_where_Scalar, th(condition, "condition"), self, other)); } catch (e) { throw fail(e, ["*condition","self","other"], [condition, self, other]); }
}

let ID_where_ScalarOther = -1;
/** `aten::where.ScalarOther(Tensor condition, Tensor self, Scalar other) -> Tensor` */
export function where_ScalarOther(condition: Tensor, self: Tensor, other: Scalar): Tensor {
  if (ID_where_ScalarOther < 0) ID_where_ScalarOther = resolve("aten::where", "ScalarOther");
  try { return wrap(op(ID_where_ScalarOther, th(condition, "condition"), th(self, "self"), other)); } catch (e) { throw fail(e, ["*condition","*self","other"], [condition, self, other]); }
}

let ID_where_ScalarSelf = -1;
/** `aten::where.ScalarSelf(Tensor condition, Scalar self, Tensor other) -> Tensor` */
export function where_ScalarSelf(condition: Tensor, self: Scalar, other: Tensor): Tensor {
  if (ID_where_ScalarSelf < 0) ID_where_ScalarSelf = resolve("aten::where", "ScalarSelf");
  try { return wrap(op(ID_where_ScalarSelf, th(condition, "condition"), self, th(other, "other"))); } catch (e) { throw fail(e, ["*condition","self","*other"], [condition, self, other]); }
}

let ID_where_self = -1;
/** `aten::where.self(Tensor condition, Tensor self, Tensor other) -> Tensor` */
export function where_self(condition: Tensor, self: Tensor, other: Tensor): Tensor {
  if (ID_where_self < 0) ID_where_self = resolve("aten::where", "self");
  try { return wrap(op(ID_where_self, th(condition, "condition"), th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*condition","*self","*other"], [condition, self, other]); }
}

let ID_xlogy_Scalar_Other = -1;
/** `aten::xlogy.Scalar_Other(Tensor self, Scalar other) -> Tensor` */
export function xlogy_Scalar_Other(self: Tensor, other: Scalar): Tensor {
  if (ID_xlogy_Scalar_Other < 0) ID_xlogy_Scalar_Other = resolve("aten::xlogy", "Scalar_Other");
  try { return wrap(op(ID_xlogy_Scalar_Other, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_xlogy_Scalar_Self = -1;
/** `aten::xlogy.Scalar_Self(Scalar self, Tensor other) -> Tensor` */
export function xlogy_Scalar_Self(self: Scalar, other: Tensor): Tensor {
  if (ID_xlogy_Scalar_Self < 0) ID_xlogy_Scalar_Self = resolve("aten::xlogy", "Scalar_Self");
  try { return wrap(op(ID_xlogy_Scalar_Self, self, th(other, "other"))); } catch (e) { throw fail(e, ["self","*other"], [self, other]); }
}

let ID_xlogy_Tensor = -1;
/** `aten::xlogy.Tensor(Tensor self, Tensor other) -> Tensor` */
export function xlogy_Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_xlogy_Tensor < 0) ID_xlogy_Tensor = resolve("aten::xlogy", "Tensor");
  try { return wrap(op(ID_xlogy_Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_xlogy__Scalar_Other = -1;
/** `aten::xlogy_.Scalar_Other(Tensor(a!) self, Scalar other) -> Tensor(a!)` */
export function xlogy__Scalar_Other(self: Tensor, other: Scalar): Tensor {
  if (ID_xlogy__Scalar_Other < 0) ID_xlogy__Scalar_Other = resolve("aten::xlogy_", "Scalar_Other");
  try { return wrap(op(ID_xlogy__Scalar_Other, th(self, "self"), other)); } catch (e) { throw fail(e, ["*self","other"], [self, other]); }
}

let ID_xlogy__Tensor = -1;
/** `aten::xlogy_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)` */
export function xlogy__Tensor(self: Tensor, other: Tensor): Tensor {
  if (ID_xlogy__Tensor < 0) ID_xlogy__Tensor = resolve("aten::xlogy_", "Tensor");
  try { return wrap(op(ID_xlogy__Tensor, th(self, "self"), th(other, "other"))); } catch (e) { throw fail(e, ["*self","*other"], [self, other]); }
}

let ID_zero = -1;
/** `aten::zero(Tensor self) -> Tensor` */
export function zero(self: Tensor): Tensor {
  if (ID_zero < 0) ID_zero = resolve("aten::zero", "");
  try { return wrap(op(ID_zero, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_zero_ = -1;
/** `aten::zero_(Tensor(a!) self) -> Tensor(a!)` */
export function zero_(self: Tensor): Tensor {
  if (ID_zero_ < 0) ID_zero_ = resolve("aten::zero_", "");
  try { return wrap(op(ID_zero_, th(self, "self"))); } catch (e) { throw fail(e, ["*self"], [self]); }
}

let ID_zeros = -1;
/** `aten::zeros(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor` */
export function zeros(size: number | number[], dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null): Tensor {
  if (ID_zeros < 0) ID_zeros = resolve("aten::zeros", "");
  try { return wrap(op(ID_zeros, size, dt(dtype), layout, device, pin_memory)); } catch (e) { throw fail(e, ["size","dtype","layout","device","pin_memory"], [size, dtype, layout, device, pin_memory]); }
}

let ID_zeros_like = -1;
/** `aten::zeros_like(Tensor self, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None, MemoryFormat? memory_format=None) -> Tensor` */
export function zeros_like(self: Tensor, dtype?: DType | null, layout?: number | null, device?: string | null, pin_memory?: boolean | null, memory_format?: number | null): Tensor {
  if (ID_zeros_like < 0) ID_zeros_like = resolve("aten::zeros_like", "");
  try { return wrap(op(ID_zeros_like, th(self, "self"), dt(dtype), layout, device, pin_memory, memory_format)); } catch (e) { throw fail(e, ["*self","dtype","layout","device","pin_memory","memory_format"], [self, dtype, layout, device, pin_memory, memory_format]); }
}
