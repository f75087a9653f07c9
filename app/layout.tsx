import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "КАСКО: сравнение цен страховщиков — kasko-compare",
  description: "Расчёт и сравнение стоимости КАСКО у разных страховых компаний, с объяснением каждой цены.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
