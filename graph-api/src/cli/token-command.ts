/** `ttgraph token --role admin|alliance [--sub name] [--expires 8h]` — print a development JWT. */
import { type Command, InvalidArgumentError, Option } from "commander";
import { signToken } from "../auth/jwt.js";
import { ROLES, isRole, type Role } from "../auth/roles.js";
import type { Config } from "../config.js";

function parseRole(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`one of: ${ROLES.join(", ")}`);
  return value;
}

function parseDuration(value: string): string {
  if (!/^\d+\s*(s|m|h|d|w)$/.test(value)) throw new InvalidArgumentError("a duration such as 30m, 8h or 7d");
  return value.replace(/\s+/g, "");
}

export function tokenCommand(program: Command, config: Config): void {
  program
    .command("token")
    .description("print a development JWT signed with JWT_SECRET (send it as `Authorization: Bearer <token>`)")
    .addOption(
      new Option("--role <role>", "role: alliance (partner/gap data, contact fields) or admin (also writes)")
        .argParser(parseRole)
        .makeOptionMandatory(),
    )
    .option("--sub <name>", "subject (user name) written into the token", "dev")
    .option("--expires <duration>", "lifetime, e.g. 30m, 8h, 7d", parseDuration, "8h")
    .action(async (options: { role: Role; sub: string; expires: string }) => {
      const token = await signToken(config.JWT_SECRET, {
        roles: [options.role],
        sub: options.sub,
        expiresIn: options.expires,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
      });
      console.log(token);
    });
}
