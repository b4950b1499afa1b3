import { expect, test } from "@playwright/test";
import { adminPage, orderPaidByCard } from "./support/journeys";
import { JEANNE } from "./support/shop";

const FEC_HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";

test("an admin downloads this month's FEC from the back-office and finds a card order paid today in it", async ({ page, browser }) => {
  const buyer = { ...JEANNE, lastName: "Comptable", email: "fec.mensuel@example.fr" };
  const reference = await orderPaidByCard(page, buyer, "serum-vitamine-c");

  const { admin, close } = await adminPage(browser);
  await admin.goto("/admin");
  await admin.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Comptabilité" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Comptabilité" })).toBeVisible();

  // The first preset is the current month.
  await admin.getByRole("navigation", { name: "Mois récents" }).getByRole("link").first().click();
  await expect(admin.getByTestId("accounting-period")).toHaveText(/^Du 01\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}$/);

  const download = admin.waitForEvent("download");
  await admin.getByTestId("accounting-fec").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^\d{9}FEC\d{8}\.txt$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("latin1").split("\r\n");
  expect(lines[0]).toBe(FEC_HEADER);
  const ours = lines.filter((l) => l.split("\t")[8] === reference);
  // Its sale (journal VE) and its card payment on PayPlug's account (journal PL), every line 18 columns.
  expect(ours.some((l) => l.startsWith("VE\t") && l.split("\t")[4] === "411")).toBe(true);
  expect(ours.some((l) => l.startsWith("PL\t") && l.split("\t")[4] === "4671")).toBe(true);
  expect(ours.every((l) => l.split("\t").length === 18)).toBe(true);
  await close();
});
