import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "next-themes";
import { ThemeToggle } from "@/components/site/theme-toggle";

beforeAll(() => {
  // jsdom has no matchMedia; the system theme is light here.
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
});

test("steps through light, dark and system, saying which is on and which is next", async () => {
  const user = userEvent.setup();
  render(
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem>
      <ThemeToggle />
    </ThemeProvider>,
  );
  const button = () => screen.getByRole("button", { name: /^Theme:/ });
  expect(button()).toHaveAccessibleName("Theme: System. Switch to Light");
  await user.click(button());
  expect(button()).toHaveAccessibleName("Theme: Light. Switch to Dark");
  expect(document.documentElement).toHaveClass("light");
  await user.click(button());
  expect(button()).toHaveAccessibleName("Theme: Dark. Switch to System");
  expect(document.documentElement).toHaveClass("dark");
  await user.click(button());
  expect(button()).toHaveAccessibleName("Theme: System. Switch to Light");
});
