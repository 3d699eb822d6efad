import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { inTransaction } from '../common/transaction';
import { AdministrativeUnit } from '../units/unit.entity';
import { requireActor, requireRole } from './actor';
import { clientAddressOf } from './client-address';
import { Role, User } from './user.entity';

@ObjectType({ description: 'Mã đăng nhập (JWT) gửi kèm header "Authorization: Bearer <token>".' })
export class AuthPayload {
  @Field(() => String) token!: string;
  @Field(() => Date) expiresAt!: Date;
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
  @Mutation(() => AuthPayload)
  login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: HubContext) {
    return ctx.services.auth.login(ctx.em, ctx.clock, username, password, clientAddressOf(ctx));
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
