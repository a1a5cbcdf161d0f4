-- CreateEnum
CREATE TYPE "DisplayTextSize" AS ENUM ('STANDARD', 'LARGE', 'LARGEST');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "displayEasyRead" BOOLEAN,
ADD COLUMN     "displayLanguage" TEXT,
ADD COLUMN     "displayPictures" BOOLEAN,
ADD COLUMN     "displayTextSize" "DisplayTextSize";
