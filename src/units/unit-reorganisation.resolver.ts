import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { HubContext } from '../context';
import { requireActor, requireRole } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { AdministrativeUnit } from './unit.entity';
import { UnitMergeType } from './unit-succession.entity';
import { SuccessionLink } from './unit.service';

@ObjectType({ description: 'Kết quả nhập một đợt sắp xếp đơn vị hành chính (mọi số đếm là của lần nhập này).' })
export class ImportReorganisationResult {
  @Field(() => String, { description: 'Ngày các đơn vị mới bắt đầu hiệu lực (YYYY-MM-DD).' }) effectiveOn!: string;
  @Field(() => Int, { description: 'Số tỉnh cũ đã đóng (hết hiệu lực ngày trước ngày hiệu lực).' }) provincesClosed!: number;
  @Field(() => Int, { description: 'Số huyện đã đóng.' }) districtsClosed!: number;
  @Field(() => Int, { description: 'Số xã cũ đã đóng.' }) communesClosed!: number;
  @Field(() => Int) provincesCreated!: number;
  @Field(() => Int) communesCreated!: number;
  @Field(() => Int, { description: 'Đơn vị mới đổi tên/loại và liên kết đổi kiểu sáp nhập khi nhập lại một bảng đã sửa.' }) updated!: number;
  @Field(() => Int, { description: 'Số liên kết kế thừa đã ghi (xã và tỉnh).' }) successions!: number;
  @Field(() => Int, { description: 'Trong đó, liên kết giữa các tỉnh.' }) provinceSuccessions!: number;
  @Field(() => Int) fullMerges!: number;
  @Field(() => Int) partialMerges!: number;
  @Field(() => [String], { description: 'Mã cũ không có đơn vị nào hiệu lực ngày trước ngày hiệu lực; các dòng đó được bỏ qua.' })
  skippedOldCodes!: string[];
  @Field(() => [String], { description: 'Cảnh báo theo dòng của tệp.' }) warnings!: string[];
  @Field(() => Int, { description: 'Tài khoản được chuyển sang đơn vị kế thừa (cùng mã, hoặc đơn vị nhận toàn bộ).' }) accountsMoved!: number;
  @Field(() => Int, { description: 'Tài khoản còn ở đơn vị đã đóng mà không có một đơn vị kế thừa duy nhất (cấp huyện, xã bị chia tách).' }) accountsNotMoved!: number;
  @Field(() => Boolean, { description: 'Đúng khi không có gì thay đổi (bảng này đã được nhập trước đó).' }) unchanged!: boolean;
}

@ObjectType({ description: 'Một liên kết kế thừa giữa đơn vị cũ và đơn vị mới trong một đợt sắp xếp.' })
export class UnitSuccessionType {
  @Field(() => AdministrativeUnit, { description: 'Đơn vị ở đầu bên kia của liên kết.' })
  unit!: AdministrativeUnit;

  @Field(() => UnitMergeType)
  mergeType!: UnitMergeType;

  @Field(() => String, { description: 'Ngày đơn vị mới bắt đầu hiệu lực (YYYY-MM-DD).' })
  effectiveOn!: string;
}

async function toSuccessions(links: SuccessionLink[], ctx: HubContext): Promise<UnitSuccessionType[]> {
  const units = await ctx.loaders.unit.loadMany(links.map((l) => l.unitId));
  return links.flatMap((l, i) => {
    const unit = units[i];
    return unit && !(unit instanceof Error) ? [{ unit, mergeType: l.mergeType as UnitMergeType, effectiveOn: l.effectiveOn }] : [];
  });
}

@Resolver(() => AdministrativeUnit)
export class UnitReorganisationResolver {
  @Mutation(() => ImportReorganisationResult, {
    description:
      'Nhập bảng sắp xếp đơn vị hành chính (new_province_code, new_province_name, new_commune_code, new_commune_name, ' +
      'old_commune_code, old_commune_name, merge_type): đóng các đơn vị cũ vào ngày trước `effectiveOn`, tạo tỉnh và xã mới, ghi liên kết kế thừa. ' +
      'Nhập lại cùng một bảng không thay đổi gì.',
  })
  async importReorganisation(
    @Arg('csv', () => String) csv: string,
    @Arg('effectiveOn', () => String) effectiveOn: string,
    @Ctx() ctx: HubContext,
  ): Promise<ImportReorganisationResult> {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.units.importReorganisation(ctx.em, ctx.clock, csv, { effectiveOn });
  }

  @FieldResolver(() => [UnitSuccessionType], { description: 'Các đơn vị cũ đã nhập (toàn bộ hoặc một phần) vào đơn vị này.' })
  async predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<UnitSuccessionType[]> {
    requireActor(ctx);
    return toSuccessions(await ctx.loaders.unitPredecessors.load(unit.id), ctx);
  }

  @FieldResolver(() => [UnitSuccessionType], { description: 'Các đơn vị mới mà đơn vị này đã nhập vào (toàn bộ hoặc một phần).' })
  async successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<UnitSuccessionType[]> {
    requireActor(ctx);
    return toSuccessions(await ctx.loaders.unitSuccessors.load(unit.id), ctx);
  }
}
