import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { inTransaction } from '../common/transaction';
import { AdministrativeUnit } from '../units/unit.entity';
import { requireActor, requireRole } from './actor';
import { clientAddressOf } from './client-address';
import { Role, User } from './user.entity';

@ObjectType({
  description:
    'Kết quả đăng nhập: mã truy cập (JWT, ngắn hạn) gửi kèm header "Authorization: Bearer <token>", và mã làm mới ' +
    '(refreshToken) để lấy cặp mã mới qua mutation refreshToken khi mã truy cập hết hạn, không phải nhập lại mật khẩu.',
})
export class AuthPayload {
  @Field(() => String, { description: 'Mã truy cập (JWT), mặc định có hiệu lực 15 phút.' }) token!: string;
  @Field(() => Date, { description: 'Thời điểm mã truy cập hết hạn.' }) expiresAt!: Date;
  @Field(() => String, {
    description:
      'Mã làm mới, dùng đúng một lần: mỗi lần làm mới trả về mã mới, mã cũ hết dùng được. Cất giữ như mật khẩu; ' +
      'không gửi trong header Authorization.',
  })
  refreshToken!: string;
  @Field(() => Date, { description: 'Thời điểm phiên đăng nhập hết hạn (mặc định 30 ngày sau khi đăng nhập); làm mới không kéo dài thời hạn này.' })
  refreshExpiresAt!: Date;
  @Field(() => User) user!: User;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String, { description: 'Ít nhất 10 ký tự.' }) password!: string;
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: 'Mã đơn vị hành chính nơi người dùng làm việc.' }) unitCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Thư điện tử nhận thông báo; để trống nếu chỉ xem thông báo trong hệ thống.' }) email?: string | null;
}

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Đăng nhập: trả về mã truy cập và mã làm mới của một phiên mới.' })
  login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: HubContext) {
    return ctx.services.auth.login(ctx.em, ctx.clock, username, password, clientAddressOf(ctx));
  }

  @Mutation(() => AuthPayload, {
    name: 'refreshToken',
    description:
      'Đổi mã làm mới lấy cặp mã mới (không cần header Authorization). Mã đã đổi không dùng lại được: gửi lại một mã ' +
      'đã dùng bị coi là dấu hiệu mã bị sao chép, cả phiên bị thu hồi và phải đăng nhập lại. Mã hết hạn, đã thu hồi ' +
      'hoặc không đúng trả lỗi UNAUTHENTICATED.',
  })
  refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: HubContext) {
    return ctx.services.auth.refresh(ctx.em, ctx.clock, refreshToken);
  }

  @Mutation(() => Boolean, {
    description:
      'Đăng xuất. Với refreshToken: kết thúc phiên của mã đó (mọi mã làm mới của phiên); mã truy cập đã cấp cho phiên ' +
      'vẫn dùng được đến khi hết hạn (tối đa 15 phút theo cấu hình mặc định), ứng dụng cần tự xóa nó. Với allDevices: true ' +
      '(cần mã truy cập, hoặc một mã làm mới còn hiệu lực): kết thúc mọi phiên của tài khoản và vô hiệu hóa ngay mọi mã ' +
      'truy cập đã cấp. Đăng xuất một phiên đã kết thúc vẫn trả về true.',
  })
  logout(
    @Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null,
    @Arg('allDevices', () => Boolean, { defaultValue: false }) allDevices: boolean,
    @Ctx() ctx: HubContext,
  ) {
    // An expired access token does not stop a sign-out by refresh token; without one, its refusal is the answer.
    if (!ctx.actor && ctx.authError && !refreshToken) throw ctx.authError;
    return ctx.services.auth.logout(ctx.em, ctx.clock, ctx.actor, refreshToken, allDevices);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Đổi mật khẩu của chính mình (ít nhất 10 ký tự). Mọi phiên đăng nhập của tài khoản kết thúc, kể cả các mã truy ' +
      'cập đã cấp; thiết bị đang đổi nhận cặp mã mới trong kết quả.',
  })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: HubContext,
  ) {
    const actor = requireActor(ctx);
    return ctx.services.auth.changePassword(ctx.em, ctx.clock, actor, currentPassword, newPassword, clientAddressOf(ctx));
  }

  @Query(() => User, { description: 'Người dùng đang đăng nhập.' })
  async me(@Ctx() ctx: HubContext) {
    const actor = requireActor(ctx);
    return ctx.em.findOneOrFail(User, actor.userId);
  }

  @Mutation(() => User, { description: 'Tạo tài khoản (chỉ quản trị).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: HubContext) {
    requireRole(ctx, Role.ADMIN);
    return inTransaction(ctx.em, (tem) => ctx.services.auth.createUser(tem, ctx.clock, input));
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() user: User, @Ctx() ctx: HubContext) {
    return user.unit ? ctx.loaders.unit.load(user.unit.id) : null;
  }
}
