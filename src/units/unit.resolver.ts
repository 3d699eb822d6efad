import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { localDay } from '../deadlines/deadline-rules';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { badInput } from '../common/errors';
import { Connection } from '../common/pagination';
import { isRealDay } from '../common/text';
import { inTransaction } from '../common/transaction';
import { AdministrativeUnit, UnitLevel } from './unit.entity';
import { parseUnitCsv, UnitCsvError } from './unit-csv';

@ObjectType()
export class UnitConnection extends Connection('Unit', AdministrativeUnit) {}

@ObjectType({ description: 'Kết quả nhập danh mục đơn vị hành chính.' })
export class ImportUnitsResult {
  @Field(() => Int) provinces!: number;
  @Field(() => Int) districts!: number;
  @Field(() => Int) communes!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

const today = (ctx: HubContext) => localDay(ctx.clock.now());

function checkDay(day: string | null | undefined): string | null {
  if (day == null) return null;
  // A day that does not exist ("2025-02-30", "9999-99-99") used to be compared as text and answered as if real.
  if (!isRealDay(day)) throw badInput('Ngày cần có dạng YYYY-MM-DD và là một ngày có thật.');
  return day;
}

@Resolver(() => AdministrativeUnit)
export class UnitResolver {
  @Query(() => AdministrativeUnit, { description: 'Một đơn vị theo mã, theo bản đồ hành chính tại ngày `at` (mặc định hôm nay).' })
  async unit(@Arg('code', () => String) code: string, @Arg('at', () => String, { nullable: true }) at: string | null, @Ctx() ctx: HubContext) {
    requireActor(ctx);
    return ctx.services.units.getByCode(ctx.em, code.trim(), checkDay(at) ?? today(ctx));
  }

  @Query(() => UnitConnection, {
    description:
      'Danh sách đơn vị có hiệu lực vào ngày `at` (mặc định hôm nay), lọc theo đơn vị cấp trên, cấp, hoặc tên/mã (không dấu cũng được). ' +
      'Với `parentCode` và `level`: mọi đơn vị cấp đó thuộc đơn vị này, kể cả gián tiếp (các xã của một tỉnh); chỉ `parentCode`: các đơn vị trực thuộc.',
  })
  async units(
    @Ctx() ctx: HubContext,
    @Arg('parentCode', () => String, { nullable: true }) parentCode: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level: UnitLevel | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('at', () => String, { nullable: true }) at: string | null,
  ) {
    requireActor(ctx);
    return ctx.services.units.list(ctx.em, { parentCode, level, search, first, after, day: checkDay(at) ?? today(ctx) });
  }

  @Mutation(() => ImportUnitsResult, { description: 'Nhập danh mục đơn vị hành chính từ tệp CSV của Tổng cục Thống kê (cả hai kiểu tiêu đề).' })
  async importUnits(
    @Arg('csv', () => String) csv: string,
    @Arg('validFrom', () => String, { nullable: true }) validFrom: string | null,
    @Ctx() ctx: HubContext,
  ) {
    requireRole(ctx, Role.ADMIN);
    let parsed;
    try {
      parsed = parseUnitCsv(csv);
    } catch (error) {
      if (error instanceof UnitCsvError) throw badInput(`Tệp CSV có lỗi: ${error.problems.slice(0, 20).join(' ')}`, { problems: error.problems.slice(0, 50) });
      throw error;
    }
    return inTransaction(ctx.em, (tem) => ctx.services.units.importUnits(tem, parsed, { validFrom: checkDay(validFrom) }));
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext) {
    return unit.parent ? ctx.loaders.unit.load(unit.parent.id) : null;
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các đơn vị trực thuộc có hiệu lực vào ngày `at` (mặc định hôm nay).' })
  children(@Root() unit: AdministrativeUnit, @Arg('at', () => String, { nullable: true }) at: string | null, @Ctx() ctx: HubContext) {
    return ctx.loaders.unitChildrenOn(checkDay(at) ?? ctx.loaders.day).load(unit.id);
  }
}
