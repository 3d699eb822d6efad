import { Entity, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AdministrativeUnit } from '../units/unit.entity';

export enum Role {
  REPORTER = 'REPORTER',
  APPROVER = 'APPROVER',
  MONITOR = 'MONITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'Vai trò: cán bộ nhập liệu, lãnh đạo duyệt, theo dõi (Ban Thường vụ, Ban Tuyên giáo), quản trị.',
});

@ObjectType('User')
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field(() => Role)
  @Property({ type: 'string', length: 16 })
  role!: Role;

  /** Where e-mail notices go, when the hub sends e-mail; none: in-app notices only. */
  @Field(() => String, { nullable: true, description: 'Địa chỉ thư điện tử nhận thông báo (nếu có).' })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  /** The unit whose subtree the user works in; admins may have none. */
  @Field(() => AdministrativeUnit, { nullable: true })
  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  unit?: AdministrativeUnit | null;

  @Field(() => Date)
  @Property({ type: Date })
  createdAt!: Date;

  /**
   * Raised when the account's credentials change (password change, sign-out from every device). Access tokens
   * carry the value they were issued with as the `ver` claim; one whose value is no longer current is refused,
   * so a change takes effect at once instead of when the tokens expire.
   */
  @Property({ type: 'integer', default: 0, hidden: true })
  tokenVersion: Opt<number> = 0;
}
