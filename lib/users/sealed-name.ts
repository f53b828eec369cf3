import { nameIndex, sealUserName } from "@/lib/crypto/personal-columns";

/** users.name as stored: sealed to the row, with the blind index admin search matches on. */
export const sealedName = (name: string, userId: number) => ({
  name: sealUserName(name, userId),
  nameIndex: nameIndex(name),
});
