import { EntityManager } from '@mikro-orm/knex';
import { localDay } from '../deadlines/deadline-rules';
import { Clock } from '../common/clock';
import { badInput, conflict, unauthenticated } from '../common/errors';
import { hasText } from '../common/text';
import { JwtSettings } from '../config';
import { AdministrativeUnit } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import { LoginThrottle } from '../security/login-throttle';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { signAccessToken } from './token';
import { Role, User } from './user.entity';

export interface NewUser {
  username: string;
  password: string;
  fullName?: string | null;
  role: Role;
  unitCode?: string | null;
  email?: string | null;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;
export const MIN_PASSWORD_LENGTH = 10;
/** The address form browsers accept for <input type="email">: no display name, no spaces or line breaks. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A trimmed address with its domain in lower case, null when none was given; BAD_USER_INPUT when malformed. */
export function normalizeEmail(input: string | null | undefined): string | null {
  if (!hasText(input)) return null;
  const email = input.trim();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw badInput(`Địa chỉ thư điện tử "${email.slice(0, 80)}" không hợp lệ (ví dụ đúng: canbo@tuyenquang.gov.vn).`);
  }
  const at = email.lastIndexOf('@');
  return email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}

export class AuthService {
  constructor(
    private readonly jwt: JwtSettings,
    private readonly units: UnitService,
    /** Wrong-password counters of this hub (one per process; see LoginThrottle). */
    readonly throttle: LoginThrottle = new LoginThrottle(),
  ) {}

  /**
   * `client` is the caller's address, for the per-address limit (null: only the username is counted). A locked
   * username or address is refused with TOO_MANY_ATTEMPTS before the password is even checked.
   */
  async login(em: EntityManager, clock: Clock, username: string, password: string, client: string | null = null) {
    this.throttle.check(username, client, clock.now());
    const user = await em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['unit'] });
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await decoyHash(), password);
    if (!user || !ok) {
      this.throttle.failed(username, client, clock.now());
      throw unauthenticated('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    this.throttle.succeeded(username);
    const token = signAccessToken(this.jwt, clock, user.id, user.role);
    return { token, expiresAt: new Date(clock.now().getTime() + this.jwt.ttlSeconds * 1000), user };
  }

  /** `passwordHash` lets a caller that creates many accounts with one password (the demo) hash it once. */
  async createUser(em: EntityManager, clock: Clock, input: NewUser, options: { passwordHash?: string } = {}): Promise<User> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw badInput('Tên đăng nhập dài 3–64 ký tự, chỉ gồm chữ thường không dấu, số và các dấu . _ -');
    }
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw badInput(`Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
    }
    const email = normalizeEmail(input.email);
    let unit: AdministrativeUnit | null = null;
    if (hasText(input.unitCode)) {
      unit = await this.units.getByCode(em, input.unitCode.trim(), localDay(clock.now()));
    } else if (input.role !== Role.ADMIN && input.role !== Role.MONITOR) {
      // Only admins and national monitors work without a unit.
      throw badInput('Cần chọn đơn vị hành chính (unitCode) cho tài khoản nhập liệu hoặc duyệt.');
    }
    if (await em.count(User, { username })) throw conflict(`Tên đăng nhập "${username}" đã được dùng.`);
    const user = em.create(User, {
      username,
      fullName: hasText(input.fullName) ? input.fullName.trim() : username,
      passwordHash: options.passwordHash ?? (await hashPassword(input.password)),
      role: input.role,
      unit,
      email,
      createdAt: clock.now(),
    });
    await em.flush();
    return user;
  }
}
